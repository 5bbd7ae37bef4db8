# style: message-only Exception.args plus an explicit __reduce__ per error class; try/except KeyError with `raise ... from`
"""An exception hierarchy for an ML pipeline, and three functions that raise it."""


class MLPipelineError(Exception):
    """Base class of every pipeline error."""


class DataValidationError(MLPipelineError, ValueError):
    """A record failed validation. Attributes: `field` (its name), `reason` (non-empty str)."""

    def __init__(self, field, reason):
        reason = str(reason) or "invalid value"
        super().__init__(f"field {field!r}: {reason}")
        self.field = field
        self.reason = reason

    def __reduce__(self):
        return (type(self), (self.field, self.reason), dict(self.__dict__))


class ModelNotFoundError(MLPipelineError, LookupError):
    """No such model. Attributes: `name`, `version` (as asked; None when not given)."""

    def __init__(self, name, version=None):
        if version is None:
            message = f"no model named {name!r}"
        else:
            message = f"no version {version!r} of model {name!r}"
        super().__init__(message)
        self.name = name
        self.version = version

    def __reduce__(self):
        return (type(self), (self.name, self.version), dict(self.__dict__))


class PredictionError(MLPipelineError, RuntimeError):
    """model.predict failed; the original exception is the __cause__."""


_NO_VERSION = object()  # looked up when a model has no version at all: always a KeyError


def load_model(registry: dict, name, version=None):
    """Return registry[name][version]; version=None means the highest version present."""
    try:
        versions = registry[name]
        key = version if version is not None else max(versions, default=_NO_VERSION)
        return versions[key]
    except KeyError as err:
        raise ModelNotFoundError(name, version) from err


def validate_record(record: dict, schema: dict) -> None:
    """Raise DataValidationError for the first schema field that is missing or mistyped."""
    for field, expected in schema.items():
        if field not in record:
            raise DataValidationError(field, "missing required field")
        value = record[field]
        if not isinstance(value, expected):
            raise DataValidationError(
                field, f"expected {getattr(expected, '__name__', expected)}, got {type(value).__name__}"
            )


def run_prediction(model, x):
    """Return model.predict(x), wrapping any failure in PredictionError (chained)."""
    try:
        return model.predict(x)
    except Exception as err:
        raise PredictionError(f"prediction failed: {type(err).__name__}: {err}") from err
