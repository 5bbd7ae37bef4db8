"""Runs beside the submission: patch targets and scenarios for monkey-patch.

Every scenario builds fresh targets (a module object, a Layer class with a
plain method, a staticmethod, a classmethod and data attributes, a Dense
subclass that inherits everything, and instances), so a patch that is not
undone cannot leak into another test. Identity is checked here, where the
objects live; the scenarios return booleans and plain values.
"""

import types

from monkey_patch import patch_attribute, record_calls


class Boom(Exception):
    """Raised inside a with-block to check that patches are undone on errors."""


def fresh():
    """A new module, Layer/Dense classes and two Layer instances."""
    mod = types.ModuleType("fake_lib")

    def scale(x=1):
        return x * 2

    mod.scale = scale
    mod.VERSION = "1.0"
    mod.CONFIG = None

    class Layer:
        bias = 0.5
        units = 0

        def __init__(self):
            self.weight = [1.0, 2.0]
            self.frozen = False

        def forward(self, x):
            return x + 1

        @staticmethod
        def make(n):
            return ["layer"] * n

        @classmethod
        def kind(cls):
            return cls.__name__

    class Dense(Layer):
        pass

    return mod, Layer, Dense, Layer(), Layer()


def _own(target):
    """The target's own namespace as {name: id(value)}: a snapshot to compare identity."""
    return {k: id(v) for k, v in vars(target).items()}


def patch_module_function():
    mod, *_ = fresh()
    original = mod.scale

    def replacement(x=1):
        return -1

    with patch_attribute(mod, "scale", replacement):
        inside_is_replacement = mod.scale is replacement
        inside_result = mod.scale(3)
    return {"inside_is_replacement": inside_is_replacement, "inside_result": inside_result,
            "restored_same_object": mod.scale is original, "after_result": mod.scale(3)}


def patch_module_data():
    """Patch VERSION (a string) and CONFIG (whose value is None)."""
    mod, *_ = fresh()
    version = mod.VERSION
    with patch_attribute(mod, "VERSION", "2.0"):
        inside_version = mod.VERSION
    with patch_attribute(mod, "CONFIG", {"debug": True}):
        inside_config = mod.CONFIG
    return {"inside_version": inside_version, "version_restored": mod.VERSION is version,
            "inside_config": inside_config, "config_still_exists": "CONFIG" in vars(mod),
            "config_is_none": getattr(mod, "CONFIG", "missing") is None}


def patch_falsy_class_attribute():
    """Layer.units is 0 and an instance's `frozen` is False: both must come back."""
    _, Layer, _, obj, _ = fresh()
    with patch_attribute(Layer, "units", 128):
        inside_units = Layer.units
    with patch_attribute(obj, "frozen", True):
        inside_frozen = obj.frozen
    return {"inside_units": inside_units, "units_back": Layer.__dict__.get("units", "missing"),
            "inside_frozen": inside_frozen, "frozen_back": vars(obj).get("frozen", "missing")}


def patch_class_method():
    _, Layer, _, obj, _ = fresh()
    original = Layer.__dict__["forward"]

    def replacement(self, x):
        return x * 100

    with patch_attribute(Layer, "forward", replacement):
        inside_result = obj.forward(2)
        inside_is_replacement = Layer.__dict__.get("forward") is replacement
    return {"inside_result": inside_result, "inside_is_replacement": inside_is_replacement,
            "same_function": Layer.__dict__.get("forward") is original,
            "after_result": obj.forward(2)}


def patch_descriptor(name):
    """Patch Layer.make (staticmethod) or Layer.kind (classmethod) and check what comes back."""
    _, Layer, Dense, obj, _ = fresh()
    original = Layer.__dict__[name]
    if name == "make":
        replacement = staticmethod(lambda n: ["patched"])
    else:
        replacement = classmethod(lambda cls: "patched")
    with patch_attribute(Layer, name, replacement):
        inside = Layer.make(2) if name == "make" else Layer.kind()
    after = Layer.__dict__.get(name)
    report = {"inside": inside, "same_descriptor": after is original,
              "after_type": type(after).__name__}
    try:
        if name == "make":
            report["calls_after"] = [Layer.make(2), obj.make(1), Dense.make(1)]
        else:
            report["calls_after"] = [Layer.kind(), obj.kind(), Dense.kind(), Dense().kind()]
    except Exception as exc:  # noqa: BLE001 - a broken restore shows up here
        report["calls_after"] = f"{type(exc).__name__}: {exc}"
    return report


def patch_inherited_method():
    _, Layer, Dense, _, _ = fresh()
    base_forward = Layer.__dict__["forward"]
    with patch_attribute(Dense, "forward", lambda self, x: 0):
        inside_subclass_result = Dense().forward(1)
        inside_base_result = Layer().forward(1)
    return {"inside_subclass_result": inside_subclass_result,
            "inside_base_result": inside_base_result,
            "left_on_subclass": "forward" in vars(Dense),
            "base_untouched": Layer.__dict__.get("forward") is base_forward,
            "after_subclass_result": Dense().forward(1)}


def patch_inherited_descriptors():
    """Patch Dense.make and Dense.kind (both inherited from Layer)."""
    _, Layer, Dense, _, _ = fresh()
    make, kind = Layer.__dict__["make"], Layer.__dict__["kind"]
    with patch_attribute(Dense, "make", staticmethod(lambda n: [])):
        with patch_attribute(Dense, "kind", classmethod(lambda cls: "x")):
            inside = [Dense.make(3), Dense.kind(), Layer.kind()]
    return {"inside": inside, "left_on_subclass": sorted({"make", "kind"} & set(vars(Dense))),
            "base_untouched": Layer.__dict__["make"] is make and Layer.__dict__["kind"] is kind,
            "after": [Dense.make(1), Dense.kind()]}


def patch_instance_method():
    """Patch forward on one instance: the other instance and the class are untouched."""
    _, Layer, _, obj, other = fresh()
    with patch_attribute(obj, "forward", lambda x: -x):
        inside = [obj.forward(5), other.forward(5)]
    return {"inside": inside, "left_on_instance": "forward" in vars(obj),
            "after": obj.forward(5), "class_untouched": "forward" in vars(Layer)}


def patch_instance_attribute():
    _, Layer, _, obj, _ = fresh()
    weight = obj.weight
    with patch_attribute(obj, "weight", [9.9]):
        inside = obj.weight
    bias_class = Layer.__dict__["bias"]
    with patch_attribute(obj, "bias", 7):
        inside_bias = [obj.bias, Layer.bias]
    return {"inside": inside, "same_object": obj.weight is weight,
            "inside_bias": inside_bias, "bias_left_on_instance": "bias" in vars(obj),
            "class_bias_untouched": Layer.__dict__["bias"] is bias_class, "after_bias": obj.bias}


def patch_absent_attributes():
    """Attributes that do not exist anywhere: module, class and instance."""
    mod, Layer, _, obj, _ = fresh()
    with patch_attribute(mod, "EXTRA", 1):
        with patch_attribute(Layer, "extra", 2):
            with patch_attribute(obj, "extra_instance", 3):
                inside = [mod.EXTRA, Layer.extra, obj.extra_instance]
    return {"inside": inside, "module_has": hasattr(mod, "EXTRA"),
            "class_has": hasattr(Layer, "extra"), "instance_has": hasattr(obj, "extra_instance")}


def nested_same_attribute():
    mod, Layer, _, _, _ = fresh()
    original, make = mod.scale, Layer.__dict__["make"]
    r1, r2 = (lambda x=1: "one"), (lambda x=1: "two")
    seen = []
    with patch_attribute(mod, "scale", r1):
        seen.append(mod.scale())
        with patch_attribute(mod, "scale", r2):
            seen.append(mod.scale())
            with patch_attribute(Layer, "make", staticmethod(lambda n: "three")):
                seen.append(Layer.make(0))
            seen.append(Layer.__dict__["make"] is make)
        seen.append(mod.scale())
    return {"seen": seen, "restored": mod.scale is original,
            "make_restored": Layer.__dict__["make"] is make}


def nested_other_attributes():
    mod, Layer, Dense, obj, _ = fresh()
    before = {"mod": _own(mod), "Layer": _own(Layer), "Dense": _own(Dense), "obj": _own(obj)}
    with patch_attribute(mod, "scale", None):
        with patch_attribute(Layer, "forward", None):
            with patch_attribute(Dense, "kind", None):
                with patch_attribute(obj, "weight", None):
                    inside = [mod.scale, Layer.forward, Dense.kind, obj.weight]
    after = {"mod": _own(mod), "Layer": _own(Layer), "Dense": _own(Dense), "obj": _own(obj)}
    return {"inside": inside, "changed": sorted(k for k in before if before[k] != after[k])}


def body_raises(kind):
    """Raise Boom inside the block; report whether it propagated and what was restored."""
    mod, Layer, Dense, obj, _ = fresh()
    if kind == "module":
        target, name, check = mod, "scale", mod.scale
    elif kind == "staticmethod":
        target, name, check = Layer, "make", Layer.__dict__["make"]
    elif kind == "inherited":
        target, name, check = Dense, "forward", None
    else:
        target, name, check = obj, "weight", obj.weight
    boom = Boom("inside the block")
    propagated = None
    try:
        with patch_attribute(target, name, "patched"):
            raise boom
    except BaseException as exc:  # noqa: BLE001
        propagated = "same" if exc is boom else type(exc).__name__
    if check is None:
        restored = name not in vars(target)
    else:
        restored = vars(target).get(name) is check
    return {"propagated": propagated, "restored": restored}


def nested_body_raises():
    mod, Layer, _, _, _ = fresh()
    scale, make = mod.scale, Layer.__dict__["make"]
    try:
        with patch_attribute(mod, "scale", 1):
            with patch_attribute(Layer, "make", 2):
                raise Boom("deep")
    except Boom:
        pass
    return {"scale_restored": mod.scale is scale, "make_restored": Layer.__dict__["make"] is make}


def target_clean_after(kind):
    """After patch_attribute or record_calls exits, the target's namespace is as before."""
    mod, Layer, Dense, obj, _ = fresh()
    targets = {"module": (mod, "scale"), "class": (Layer, "forward"),
               "subclass": (Dense, "forward"), "instance": (obj, "forward"),
               "staticmethod": (Layer, "make")}
    results = {}
    for label, (target, name) in targets.items():
        before = _own(target)
        if kind == "patch":
            with patch_attribute(target, name, lambda *a, **k: None):
                pass
        else:
            with record_calls(target, name):
                pass
        results[label] = sorted(set(before.items()) ^ set(_own(target).items()))
    return {label: [name for name, _ in diff] for label, diff in results.items()}


def replacement_is_not_copied():
    """The replacement object itself is installed, and not changed."""
    mod, *_ = fresh()
    table = [3, 1, 2]
    with patch_attribute(mod, "TABLE", table):
        same = mod.TABLE is table
    return {"same": same, "table": table}


def _normalize(calls, instance=None):
    """[[args...], kwargs, result] per call; a leading `instance` argument is dropped."""
    out, had_instance = [], []
    for entry in calls:
        args, kwargs, result = entry
        args = list(args)
        first_is_instance = bool(args) and instance is not None and args[0] is instance
        had_instance.append(first_is_instance)
        if first_is_instance:
            args = args[1:]
        out.append([args, dict(kwargs), result])
    return out, had_instance


def record_module_calls():
    mod, *_ = fresh()
    original = mod.scale
    with record_calls(mod, "scale") as calls:
        results = [mod.scale(2), mod.scale(x=5)]
        is_list = isinstance(calls, list)
        lengths = [len(c) for c in calls]
    normalized, _ = _normalize(calls)
    return {"results": results, "calls": normalized, "is_list": is_list, "lengths": lengths,
            "restored": mod.scale is original}


def record_method_calls():
    """Record Layer.forward (on the class), called through two instances."""
    _, Layer, _, obj, other = fresh()
    original = Layer.__dict__["forward"]
    with record_calls(Layer, "forward") as calls:
        results = [obj.forward(1), other.forward(x=10)]
    first, had_first = _normalize(calls[:1], obj)
    second, had_second = _normalize(calls[1:], other)
    return {"results": results, "calls": first + second, "count": len(calls),
            "instance_consistent": len(set(had_first + had_second)) <= 1,
            "restored": Layer.__dict__.get("forward") is original}


def record_instance_calls():
    """Record forward on one instance only."""
    _, Layer, _, obj, other = fresh()
    with record_calls(obj, "forward") as calls:
        results = [obj.forward(3), other.forward(4)]
    normalized, _ = _normalize(calls, obj)
    return {"results": results, "calls": normalized, "left_on_instance": "forward" in vars(obj),
            "class_untouched": "forward" in vars(Layer)}


def record_side_effects():
    """The original really runs: its side effect happens once per call."""
    mod, *_ = fresh()
    log = []

    def fetch(key, default=None):
        log.append(key)
        return {"a": 1}.get(key, default)

    mod.fetch = fetch
    with record_calls(mod, "fetch") as calls:
        results = [mod.fetch("a"), mod.fetch("b", default=0), mod.fetch("c")]
    normalized, _ = _normalize(calls)
    return {"results": results, "log": log, "calls": normalized, "restored": mod.fetch is fetch}


def record_many_calls(n):
    mod, *_ = fresh()
    with record_calls(mod, "scale") as calls:
        results = [mod.scale(i) for i in range(n)]
    return {"results_ok": results == [2 * i for i in range(n)], "count": len(calls),
            "ok": all(c[2] == 2 * i and list(c[0]) == [i] for i, c in enumerate(calls))}


def record_body_raises():
    mod, *_ = fresh()
    original = mod.scale
    try:
        with record_calls(mod, "scale") as calls:
            mod.scale(1)
            raise Boom("stop")
    except Boom:
        propagated = True
    else:
        propagated = False
    return {"propagated": propagated, "restored": mod.scale is original, "count": len(calls)}


def many_nested(depth):
    """`depth` nested patches of one module attribute, each checked on the way out."""
    mod, *_ = fresh()
    original = mod.scale
    values = list(range(depth))
    ok = []

    def dive(i):
        if i == depth:
            ok.append(mod.scale == depth - 1)
            return
        with patch_attribute(mod, "scale", values[i]):
            dive(i + 1)
            ok.append(mod.scale == values[i])

    dive(0)
    return {"all_ok": all(ok), "checks": len(ok), "restored": mod.scale is original}
