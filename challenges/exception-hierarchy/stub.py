"""An exception hierarchy for an ML pipeline, and three functions that raise it."""


class MLPipelineError(Exception):
    """Base class of every pipeline error."""


class DataValidationError(MLPipelineError, ValueError):
    """A record failed validation. Attributes: `field` (its name), `reason` (non-empty str)."""


class ModelNotFoundError(MLPipelineError, LookupError):
    """No such model. Attributes: `name`, `version` (as asked; None when not given)."""


class PredictionError(MLPipelineError, RuntimeError):
    """model.predict failed; the original exception is the __cause__."""


def load_model(registry: dict, name, version=None):
    """Return registry[name][version]; version=None means the highest version present.

    Raises ModelNotFoundError, chained from the KeyError, for an unknown name or version.
    """
    raise NotImplementedError


def validate_record(record: dict, schema: dict) -> None:
    """Check that every field of `schema` (name -> type) is in `record` with that type.

    Raises DataValidationError for a missing field or a value of the wrong type;
    fields that are not in the schema are fine.
    """
    raise NotImplementedError


def run_prediction(model, x):
    """Return model.predict(x); any exception it raises becomes a PredictionError
    whose __cause__ is the original exception.
    """
    raise NotImplementedError
