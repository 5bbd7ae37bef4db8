# expect: failed
# caught-by: trap
# why: custom __init__ passes a formatted message to Exception.__init__, so unpickling calls cls(message) and fails
class MLPipelineError(Exception):
    pass


class DataValidationError(MLPipelineError, ValueError):
    def __init__(self, field, reason):
        super().__init__(f"invalid field {field!r}: {reason}")
        self.field = field
        self.reason = reason


class ModelNotFoundError(MLPipelineError, LookupError):
    def __init__(self, name, version=None):
        super().__init__(f"model {name!r} (version {version!r}) not found")
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
        raise PredictionError(str(exc)) from exc
