"""Runs beside the submission: raises its errors, inspects them and pickles them here.

Types (schemas), models with a predict method and the exceptions they raise
cannot cross the sandbox boundary, so they live here. Every observation comes
back as plain data.
"""

import builtins
import pickle

import exception_hierarchy as sub

SCHEMAS = {
    "user": {"age": int, "name": str},
    "features": {"x": float, "tags": list, "meta": dict},
    "flag": {"active": bool},
}

CLASSES = ("MLPipelineError", "DataValidationError", "ModelNotFoundError", "PredictionError")
BUILTINS = {"Exception": Exception, "ValueError": ValueError, "LookupError": LookupError,
            "RuntimeError": RuntimeError, "KeyError": KeyError}
MISSING = "<missing>"


class CustomError(Exception):
    """An exception of the model's own, with an attribute."""

    def __init__(self, message, code):
        super().__init__(message, code)
        self.code = code


class Model:
    """predict(x) returns a fixed result, or raises the exception it was built with."""

    def __init__(self, result=None, raises=None, message="failed"):
        self.result = result
        self.raised = None
        self.raises = raises
        self.message = message
        self.seen = []

    def predict(self, x):
        self.seen.append(x)
        if self.raises is None:
            return self.result
        if self.raises == "CustomError":
            self.raised = CustomError(self.message, 42)
        else:
            self.raised = getattr(builtins, self.raises)(self.message)
        raise self.raised


def hierarchy():
    """{class: {base: issubclass(class, base)}} for the four classes and the builtin bases."""
    bases = {**{name: getattr(sub, name) for name in CLASSES}, **BUILTINS}
    return {name: {b: issubclass(getattr(sub, name), cls) for b, cls in bases.items()}
            for name in CLASSES}


def roundtrip(exc):
    """Pickle and unpickle an exception; report what survived."""
    try:
        back = pickle.loads(pickle.dumps(exc))
    except Exception as problem:  # the observation is the failure itself
        return {"ok": False, "problem": f"{type(problem).__name__}: {problem}"}
    attrs = {}
    for name in ("field", "reason", "name", "version"):
        if hasattr(exc, name):
            attrs[name] = (getattr(exc, name), getattr(back, name, MISSING))
    return {"ok": True, "same_type": type(back) is type(exc), "type": type(back).__name__,
            "str": (str(exc), str(back)), "attrs": attrs}


def describe(exc, cause_expected=None):
    """An exception as data: its class, what it is an instance of, attributes, cause, pickle."""
    cause = exc.__cause__
    return {
        "type": type(exc).__name__,
        "is": {name: isinstance(exc, getattr(sub, name)) for name in CLASSES}
        | {name: isinstance(exc, cls) for name, cls in BUILTINS.items()},
        "attrs": {name: getattr(exc, name, MISSING) for name in ("field", "reason", "name",
                                                                 "version")},
        "str": str(exc),
        "cause": None if cause is None else type(cause).__name__,
        "cause_str": None if cause is None else str(cause),
        "cause_is_key_error": isinstance(cause, KeyError),
        "cause_is_original": cause is not None and cause is cause_expected,
        "pickle": roundtrip(exc),
    }


def load(registry, name, *version):
    """Call load_model; {"returned": model} or {"raised": description}."""
    try:
        return {"returned": sub.load_model(registry, name, *version)}
    except BaseException as exc:
        return {"raised": describe(exc)}


def load_keyword(registry, name, version):
    """load_model with version passed by keyword."""
    try:
        return {"returned": sub.load_model(registry, name, version=version)}
    except BaseException as exc:
        return {"raised": describe(exc)}


def validate(record, schema_name):
    """Call validate_record with one of SCHEMAS; {"returned": True} or {"raised": description}."""
    try:
        sub.validate_record(record, SCHEMAS[schema_name])
        return {"returned": True}
    except BaseException as exc:
        return {"raised": describe(exc)}


def validate_keeps_schema(record, schema_name):
    """Whether validate_record left the schema dict unchanged (it is built here)."""
    schema = dict(SCHEMAS[schema_name])
    before = dict(schema)
    try:
        sub.validate_record(record, schema)
    except Exception:
        pass
    return schema == before


def predict(raises=None, message="failed", result=None, x=None):
    """run_prediction on a harness Model; {"returned": ...} or {"raised": description}."""
    model = Model(result=result, raises=raises, message=message)
    try:
        return {"returned": sub.run_prediction(model, x), "seen": model.seen}
    except BaseException as exc:
        return {"raised": describe(exc, cause_expected=model.raised), "seen": model.seen}


def model(result=None, raises=None, message="failed"):
    """A Model object for tests that call run_prediction through the proxy."""
    return Model(result=result, raises=raises, message=message)
