# expect: failed
# caught-by: trap
# why: checks membership first and raises ModelNotFoundError outright, so there is no KeyError to chain (__cause__ is None)
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
    if name not in registry:
        raise ModelNotFoundError(name, version)
    versions = registry[name]
    wanted = max(versions) if version is None else version
    if wanted not in versions:
        raise ModelNotFoundError(name, version)
    return versions[wanted]


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
