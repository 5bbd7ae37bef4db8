"""Runs beside the submission: classes that use its SingletonMeta, and forced races.

Every scenario builds brand-new classes, so no state carries over between
tests. Each __init__ counts its runs in INIT_LOG. The races are forced: all
threads wait at a barrier, the switch interval is 1 microsecond, and __init__
yields (time.sleep) while it works, so a metaclass that does not hold a lock
across "check, create, store" runs __init__ more than once on every run.
"""

import sys
import threading
import time

from singleton import SingletonMeta

INIT_LOG: dict[int, list] = {}  # id(class) -> the arguments of each __init__ run
_KEEP: list = []  # every class made here stays alive, so no id is ever reused

# Small thread stacks: the sandbox caps address space, and each default stack
# reserves 8 MiB, which would cap the number of threads at a few dozen.
threading.stack_size(256 * 1024)


def make_class(name="Service", base=None, pause=0.0, yields=0):
    """A new class using SingletonMeta (directly, or by deriving from `base`).

    Its __init__ records its arguments, then sleeps `pause` seconds and yields
    `yields` times with time.sleep(0), then sets `ready`.
    """

    def __init__(self, *args, **kwargs):
        INIT_LOG.setdefault(id(type(self)), []).append((args, kwargs))
        self.args, self.kwargs = args, kwargs
        if pause:
            time.sleep(pause)
        for _ in range(yields):
            time.sleep(0)
        self.ready = True

    def describe(self):
        return f"{type(self).__name__} {self.args}"

    namespace = {"__init__": __init__, "describe": describe}
    if base is None:
        cls = SingletonMeta(name, (), namespace)
    else:
        cls = type(base)(name, (base,), namespace)
    _KEEP.append(cls)
    return cls


def init_calls(cls):
    return len(INIT_LOG.get(id(cls), []))


def repeated_calls(n, args=(), kwargs=None):
    """Call one new class n times; report distinct instances and __init__ runs."""
    cls = make_class()
    objs = [cls(*args, **(kwargs or {})) for _ in range(n)]
    return {"distinct": len({id(o) for o in objs}), "init_calls": init_calls(cls),
            "all_instances": all(isinstance(o, cls) for o in objs),
            "ready": all(getattr(o, "ready", False) for o in objs)}


def first_call_arguments():
    """Config("dev") then Config() twice: report what __init__ saw and the env."""

    def __init__(self, env="prod"):
        INIT_LOG.setdefault(id(type(self)), []).append(((env,), {}))
        self.env = env

    Config = SingletonMeta("Config", (), {"__init__": __init__})
    _KEEP.append(Config)
    first = Config("dev")
    later = [Config(), Config()]
    return {"env": getattr(later[0], "env", "<no env attribute>"),
            "same": all(o is first for o in later), "type_name": type(first).__name__,
            "init_args": [list(a) for a, _ in INIT_LOG.get(id(Config), [])]}


def family(order, repeat=1):
    """Base, Child(Base), Grandchild(Child) and an unrelated Other, called in `order`.

    Reports the type name of every object returned, how many distinct objects
    each class gave, whether Base's and Child's instances are the same object,
    isinstance(child, Base), and __init__ runs per class.
    """
    base = make_class("Base")
    child = make_class("Child", base=base)
    grandchild = make_class("Grandchild", base=child)
    other = make_class("Other")
    classes = {"Base": base, "Child": child, "Grandchild": grandchild, "Other": other}
    got = {name: [] for name in classes}
    types = []
    for _ in range(repeat):
        for name in order:
            obj = classes[name]()
            got[name].append(obj)
            types.append(type(obj).__name__)
    firsts = {name: objs[0] for name, objs in got.items() if objs}
    report = {"types": types,
              "distinct_per_class": {n: len({id(o) for o in objs}) for n, objs in got.items()
                                     if objs},
              "init_calls": {n: init_calls(c) for n, c in classes.items() if got[n]}}
    if "Base" in firsts and "Child" in firsts:
        report["base_is_child"] = firsts["Base"] is firsts["Child"]
        report["child_isinstance_base"] = isinstance(firsts["Child"], base)
    ids = [id(o) for o in firsts.values()]
    report["all_classes_distinct"] = len(set(ids)) == len(ids)
    return report


def race(threads=32, pause=0.0, yields=0, subclass=False, rounds=1):
    """`threads` threads call a brand-new class for the first time at the same moment.

    With subclass=True the race is on a subclass of a class whose instance
    already exists. Repeated `rounds` times on new classes; reports per round
    the number of __init__ runs, distinct instances, errors and hung threads.
    """
    results = []
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(rounds):
            cls = make_class(pause=pause, yields=yields)
            if subclass:
                cls()
                cls = make_class("Sub", base=cls, pause=pause, yields=yields)
            barrier = threading.Barrier(threads)
            objs, errors = [None] * threads, []

            def work(i, cls=cls, barrier=barrier, objs=objs, errors=errors):
                try:
                    barrier.wait(timeout=5)
                    objs[i] = cls()
                except BaseException as exc:  # noqa: BLE001
                    errors.append(f"{type(exc).__name__}: {exc}")

            workers = [threading.Thread(target=work, args=(i,), daemon=True)
                       for i in range(threads)]
            for w in workers:
                w.start()
            deadline = time.monotonic() + 5.0
            for w in workers:
                w.join(max(0.0, deadline - time.monotonic()))
            made = [o for o in objs if o is not None]
            results.append({
                "init_calls": init_calls(cls),
                "distinct": len({id(o) for o in made}),
                "right_type": all(type(o) is cls for o in made),
                "ready": all(getattr(o, "ready", False) for o in made),
                "errors": errors[:3],
                "hung": sum(w.is_alive() for w in workers)})
    finally:
        sys.setswitchinterval(old)
    return results


def many_classes(n):
    """n unrelated classes, each called three times; report distinct counts."""
    classes = [make_class(f"C{i}") for i in range(n)]
    firsts = [cls() for cls in classes]
    again = [cls() for cls in reversed(classes)][::-1]
    third = [cls() for cls in classes]
    return {"distinct_firsts": len({id(o) for o in firsts}),
            "stable": all(a is b is c for a, b, c in zip(firsts, again, third, strict=True)),
            "max_init_calls": max(init_calls(cls) for cls in classes)}


def behaves_normally():
    """An instance's methods, attributes and class-level names work as usual."""

    def __init__(self, size=3):
        self.items = list(range(size))

    def total(self):
        return sum(self.items)

    Pool = SingletonMeta("Pool", (), {"__init__": __init__, "total": total, "KIND": "pool"})
    _KEEP.append(Pool)
    p = Pool(4)
    report = {"type_name": type(p).__name__, "isinstance": isinstance(Pool(), Pool),
              "kind": Pool.KIND, "instance_kind": getattr(Pool(), "KIND", None)}
    try:
        p.items.append(10)
        report["total"] = Pool().total()
    except AttributeError as exc:  # the call returned an object that is not a Pool
        report["total"] = f"AttributeError: {exc}"
    return report
