"""Reference: an exception hierarchy for an ML pipeline, and three functions that raise it.

Each error class keeps its data in attributes *and* passes every constructor
argument to Exception.__init__, so `args` holds exactly what the constructor
takes. Unpickling calls `cls(*args)` and then restores `__dict__`, which is
why a custom __init__ must not pass Exception a different argument list
(a formatted message, say): that breaks `pickle.loads`.
"""

from collections.abc import Hashable, Mapping
from typing import Any


class MLPipelineError(Exception):
    """Base class of every pipeline error."""


class DataValidationError(MLPipelineError, ValueError):
    """A record failed validation. Attributes: `field` (its name), `reason` (non-empty str)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field, reason)
        self.field = field
        self.reason = reason

    def __str__(self) -> str:
        return f"invalid field {self.field!r}: {self.reason}"


class ModelNotFoundError(MLPipelineError, LookupError):
    """No such model. Attributes: `name`, `version` (as asked; None when not given)."""

    def __init__(self, name: Hashable, version: Hashable | None = None) -> None:
        super().__init__(name, version)
        self.name = name
        self.version = version

    def __str__(self) -> str:
        if self.version is None:
            return f"no model named {self.name!r}"
        return f"no version {self.version!r} of model {self.name!r}"


class PredictionError(MLPipelineError, RuntimeError):
    """model.predict failed; the original exception is the __cause__."""


def load_model(registry: Mapping[Hashable, Mapping[Hashable, Any]], name: Hashable,
               version: Hashable | None = None) -> Any:
    """Return registry[name][version]; version=None means the highest version present.

    Raises ModelNotFoundError, chained from the KeyError, for an unknown name or version.
    """
    try:
        versions = registry[name]
        return versions[max(versions) if version is None else version]
    except KeyError as exc:
        raise ModelNotFoundError(name, version) from exc


def validate_record(record: Mapping[str, Any], schema: Mapping[str, type]) -> None:
    """Check that every field of `schema` (name -> type) is in `record` with that type.

    Raises DataValidationError for a missing field or a value of the wrong type;
    fields that are not in the schema are fine.
    """
    for field, expected in schema.items():
        if field not in record:
            raise DataValidationError(field, "missing")
        value = record[field]
        if not isinstance(value, expected):
            raise DataValidationError(
                field, f"expected {expected.__name__}, got {type(value).__name__}")


def run_prediction(model: Any, x: Any) -> Any:
    """Return model.predict(x); any exception it raises becomes a PredictionError
    whose __cause__ is the original exception.
    """
    try:
        return model.predict(x)
    except Exception as exc:
        raise PredictionError(f"prediction failed: {type(exc).__name__}: {exc}") from exc
