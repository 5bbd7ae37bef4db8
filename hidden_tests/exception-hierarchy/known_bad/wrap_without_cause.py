# expect: failed
# caught-by: trap
# why: run_prediction raises PredictionError inside the except block without `from`, so __cause__ stays None (only __context__ is set)
class MLPipelineError(Exception):
    pass


class DataValidationError(MLPipelineError, ValueError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason


class ModelNotFoundError(MLPipelineError, LookupError):
    def __init__(self, name, version=None):
        super().__init__(name, version)
        self.name = name
        self.version = version


class PredictionError(MLPipelineError, RuntimeError):
    pass


def load_model(registry, name, version=None):
    try:
        versions = registry[name]
        return versions[max(versions) if version is None else version]
    except KeyError as exc:
        raise ModelNotFoundError(name, version) from exc


def validate_record(record, schema):
    for field, expected in schema.items():
        if field not in record:
            raise DataValidationError(field, "missing")
        if not isinstance(record[field], expected):
            raise DataValidationError(field, f"expected {expected.__name__}")


def run_prediction(model, x):
    try:
        return model.predict(x)
    except Exception as exc:
        raise PredictionError(f"prediction failed: {exc!r}")  # noqa: B904
