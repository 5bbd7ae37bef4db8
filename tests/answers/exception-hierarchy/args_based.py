# style: structured Exception.args (fields passed to super().__init__) with __str__ built from them, so default pickling works; membership checks instead of try/except
"""Pipeline exceptions whose constructor arguments are their args (pickle-friendly)."""


class MLPipelineError(Exception):
    """Base class of every pipeline error."""


class DataValidationError(MLPipelineError, ValueError):
    """A record failed validation. Attributes: `field` (its name), `reason` (non-empty str)."""

    def __init__(self, field, reason="invalid value"):
        super().__init__(field, reason)

    @property
    def field(self):
        return self.args[0]

    @property
    def reason(self):
        return self.args[1]

    def __str__(self):
        return f"invalid field {self.field!r}: {self.reason}"


class ModelNotFoundError(MLPipelineError, LookupError):
    """No such model. Attributes: `name`, `version` (as asked; None when not given)."""

    def __init__(self, name, version=None):
        super().__init__(name, version)

    @property
    def name(self):
        return self.args[0]

    @property
    def version(self):
        return self.args[1]

    def __str__(self):
        wanted = "latest version" if self.version is None else f"version {self.version!r}"
        return f"model {self.name!r} ({wanted}) not found in the registry"


class PredictionError(MLPipelineError, RuntimeError):
    """model.predict failed; the original exception is the __cause__."""


def load_model(registry: dict, name, version=None):
    """Return registry[name][version]; version=None means the highest version present."""
    if name not in registry:
        raise ModelNotFoundError(name, version) from KeyError(name)
    versions = registry[name]
    if version is None:
        if not versions:
            raise ModelNotFoundError(name, version) from KeyError(name)
        return versions[max(versions)]
    if version not in versions:
        raise ModelNotFoundError(name, version) from KeyError(version)
    return versions[version]


def validate_record(record: dict, schema: dict) -> dict:
    """Return the record when every schema field is present with the right type."""
    for field, expected in schema.items():
        if field not in record:
            raise DataValidationError(field, "field is missing")
        if not isinstance(record[field], expected):
            raise DataValidationError(
                field, f"expected {expected.__name__}, got {type(record[field]).__name__}"
            )
    return record


def run_prediction(model, x):
    """Return model.predict(x); any exception it raises becomes a chained PredictionError."""
    try:
        result = model.predict(x)
    except Exception as exc:
        raise PredictionError(f"{type(model).__name__}.predict failed: {exc!r}") from exc
    return result
