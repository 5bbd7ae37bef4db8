# expect: failed
# caught-by: basic
# why: the seed's hierarchy (004 Coding 5): four bare classes under MLPipelineError, no builtin bases and no attributes
class MLPipelineError(Exception):
    pass


class DataValidationError(MLPipelineError):
    pass


class ModelNotFoundError(MLPipelineError):
    pass


class PredictionError(MLPipelineError):
    pass


def load_model(registry, name, version=None):
    try:
        versions = registry[name]
        return versions[max(versions) if version is None else version]
    except KeyError as exc:
        raise ModelNotFoundError(f"model {name!r} version {version!r} not found") from exc


def validate_record(record, schema):
    for field, expected in schema.items():
        if field not in record:
            raise DataValidationError(f"missing field {field!r}")
        if not isinstance(record[field], expected):
            raise DataValidationError(f"field {field!r} must be {expected.__name__}")


def run_prediction(model, x):
    try:
        return model.predict(x)
    except Exception as exc:
        raise PredictionError(f"prediction failed: {exc}") from exc
