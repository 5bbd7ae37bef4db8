"""Hidden tests for exception-hierarchy.

Errors are raised and inspected in the harness (attributes, __cause__ identity,
pickle round trips happen beside the submission); a few tests also catch the
mirrored exceptions here with pytest.raises, as a caller would.
"""

import pytest
from exception_hierarchy import (
    MLPipelineError,
    ModelNotFoundError,
    PredictionError,
    load_model,
    run_prediction,
)

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")

REGISTRY = {"ranker": {1: "ranker-v1", 3: "ranker-v3", 2: "ranker-v2"},
            "tagger": {10: "tagger-v10", 9: "tagger-v9"}}
MISSING = "<missing>"


def raised(outcome, what):
    assert "raised" in outcome, f"{what}: expected an exception, got {outcome.get('returned')!r}"
    return outcome["raised"]


def expect_class(info, cls, builtin, what):
    assert info["is"][cls], f"{what}: expected a {cls}, got {info['type']}"
    assert info["is"]["MLPipelineError"], f"{what}: a {cls} must also be an MLPipelineError"
    assert info["is"][builtin], f"{what}: a {cls} must also be a {builtin}"


# -- basic ---------------------------------------------------------------------------------

@basic
def test_hierarchy(harness):
    got = harness.hierarchy()
    want_bases = {"MLPipelineError": ["Exception"],
                  "DataValidationError": ["MLPipelineError", "ValueError"],
                  "ModelNotFoundError": ["MLPipelineError", "LookupError"],
                  "PredictionError": ["MLPipelineError", "RuntimeError"]}
    for cls, bases in want_bases.items():
        missing = [b for b in bases if not got[cls][b]]
        assert not missing, f"{cls} must be a subclass of {', '.join(missing)}"
    assert not got["MLPipelineError"]["ValueError"], "MLPipelineError must not be a ValueError"


@basic
def test_load_model_explicit_version(harness):
    assert harness.load(REGISTRY, "ranker", 2) == {"returned": "ranker-v2"}
    assert load_model(REGISTRY, "tagger", 9) == "tagger-v9"


@basic
def test_load_model_defaults_to_highest_version():
    got = load_model(REGISTRY, "ranker")
    assert got == "ranker-v3", f"version=None: expected the highest, 'ranker-v3', got {got!r}"
    got = load_model(REGISTRY, "tagger", None)
    assert got == "tagger-v10", f"expected 'tagger-v10' (10 > 9), got {got!r}"


@basic
def test_validate_record_accepts_valid_records(harness):
    for record, schema in [({"age": 31, "name": "Ada"}, "user"),
                           ({"age": 31, "name": "Ada", "extra": [1]}, "user"),
                           ({"x": 1.5, "tags": [], "meta": {}}, "features")]:
        got = harness.validate(record, schema)
        assert "returned" in got, f"{record} is valid for {schema}; got {got['raised']['type']}"


@basic
def test_run_prediction_returns_the_prediction(harness):
    got = harness.predict(result=[0.25, 0.75], x=[1, 2, 3])
    assert got == {"returned": [0.25, 0.75], "seen": [[1, 2, 3]]}, (
        f"expected the model's prediction for x=[1, 2, 3], got {got}")


# -- error ---------------------------------------------------------------------------------

@error
def test_unknown_model_name(harness):
    info = raised(harness.load(REGISTRY, "missing"), "unknown model name")
    expect_class(info, "ModelNotFoundError", "LookupError", "unknown model name")
    attrs = info["attrs"]
    assert (attrs["name"], attrs["version"]) == ("missing", None), (
        f"expected name='missing', version=None, got name={attrs['name']!r}, "
        f"version={attrs['version']!r}")
    with pytest.raises(ModelNotFoundError):
        load_model(REGISTRY, "missing")


@error
def test_unknown_version(harness):
    info = raised(harness.load(REGISTRY, "ranker", 7), "unknown version")
    expect_class(info, "ModelNotFoundError", "LookupError", "unknown version")
    attrs = info["attrs"]
    assert (attrs["name"], attrs["version"]) == ("ranker", 7), (
        f"expected name='ranker', version=7, got name={attrs['name']!r}, "
        f"version={attrs['version']!r}")
    with pytest.raises(MLPipelineError):
        load_model(REGISTRY, "ranker", 7)


@error
@pytest.mark.parametrize("record, schema, field", [
    ({"name": "Ada"}, "user", "age"),
    ({"age": 31}, "user", "name"),
    ({}, "flag", "active"),
], ids=["missing-age", "missing-name", "empty-record"])
def test_missing_field(harness, record, schema, field):
    info = raised(harness.validate(record, schema), f"{record} against {schema}")
    expect_class(info, "DataValidationError", "ValueError", "missing field")
    assert info["attrs"]["field"] == field, (
        f"expected field={field!r}, got {info['attrs']['field']!r}")
    reason = info["attrs"]["reason"]
    assert isinstance(reason, str) and reason and reason != MISSING, (
        f"reason must be a non-empty string, got {reason!r}")


@error
@pytest.mark.parametrize("record, schema, field", [
    ({"age": "31", "name": "Ada"}, "user", "age"),
    ({"age": 31, "name": 7}, "user", "name"),
    ({"x": 1.0, "tags": (), "meta": {}}, "features", "tags"),
    ({"x": 1.0, "tags": [], "meta": [("k", 1)]}, "features", "meta"),
], ids=["str-for-int", "int-for-str", "tuple-for-list", "list-for-dict"])
def test_wrong_type(harness, record, schema, field):
    info = raised(harness.validate(record, schema), f"{record} against {schema}")
    expect_class(info, "DataValidationError", "ValueError", "wrong type")
    assert info["attrs"]["field"] == field, (
        f"expected field={field!r}, got {info['attrs']['field']!r}")
    reason = info["attrs"]["reason"]
    assert isinstance(reason, str) and reason and reason != MISSING, (
        f"reason must be a non-empty string, got {reason!r}")


@error
def test_prediction_failure_is_wrapped(harness):
    info = raised(harness.predict(raises="ZeroDivisionError", message="division by zero"),
                  "predict raised ZeroDivisionError")
    expect_class(info, "PredictionError", "RuntimeError", "a failing predict")
    with pytest.raises(PredictionError) as caught:
        run_prediction(harness.model(raises="ValueError", message="bad shape"), [1])
    assert isinstance(caught.value, RuntimeError), "a PredictionError must be a RuntimeError"


# -- trap ----------------------------------------------------------------------------------

@trap
@pytest.mark.parametrize("args", [("missing",), ("ranker", 7), ("tagger", 1)],
                         ids=["unknown-name", "unknown-version", "unknown-version-2"])
def test_model_not_found_is_chained_from_key_error(harness, args):
    info = raised(harness.load(REGISTRY, *args), f"load_model(registry, {args})")
    assert info["cause_is_key_error"], (
        f"load_model{args}: expected __cause__ to be the KeyError (raise ... from exc), "
        f"got {info['cause']}")
    with pytest.raises(ModelNotFoundError) as caught:
        load_model(REGISTRY, *args)
    assert isinstance(caught.value.__cause__, KeyError), (
        f"expected __cause__ to be a KeyError, got {type(caught.value.__cause__).__name__}")


@trap
@pytest.mark.parametrize("kind", ["ZeroDivisionError", "KeyError", "CustomError", "TypeError"])
def test_prediction_error_cause_is_the_original_exception(harness, kind):
    info = raised(harness.predict(raises=kind, message="inner problem"), f"predict raised {kind}")
    expect_class(info, "PredictionError", "RuntimeError", f"predict raised {kind}")
    assert info["cause_is_original"], (
        f"expected __cause__ to be the {kind} object predict raised, got {info['cause']}")


@trap
def test_falsy_version_zero_is_a_version():
    registry = {"m": {0: "m-v0", 1: "m-v1"}}
    got = load_model(registry, "m", 0)
    assert got == "m-v0", f"version=0 was asked for: expected 'm-v0', got {got!r}"


@trap
@pytest.mark.parametrize("scenario", ["missing-field", "wrong-type", "name", "version",
                                      "prediction"])
def test_errors_survive_pickle(harness, scenario):
    outcome = {
        "missing-field": lambda: harness.validate({"age": 3}, "user"),
        "wrong-type": lambda: harness.validate({"x": "1.0", "tags": [], "meta": {}}, "features"),
        "name": lambda: harness.load(REGISTRY, "nope"),
        "version": lambda: harness.load(REGISTRY, "ranker", 5),
        "prediction": lambda: harness.predict(raises="ValueError", message="bad input"),
    }[scenario]()
    info = raised(outcome, scenario)
    trip = info["pickle"]
    assert trip["ok"], f"{info['type']} could not be unpickled: {trip.get('problem')}"
    assert trip["same_type"], f"unpickled as {trip['type']}, expected {info['type']}"
    before, after = trip["str"]
    assert before == after, f"str() changed in the round trip: {before!r} -> {after!r}"
    for name, (want, got) in trip["attrs"].items():
        assert want == got, f"attribute {name} changed in the round trip: {want!r} -> {got!r}"


# -- edge ----------------------------------------------------------------------------------

@edge
def test_version_attribute_is_as_asked(harness):
    info = raised(harness.load_keyword(REGISTRY, "nope", 3), "unknown name with version=3")
    assert info["attrs"]["version"] == 3, (
        f"version asked was 3, got version={info['attrs']['version']!r}")
    info = raised(harness.load(REGISTRY, "nope"), "unknown name without a version")
    assert info["attrs"]["version"] is None, (
        f"no version was asked: expected version=None, got {info['attrs']['version']!r}")


@edge
def test_falsy_field_values_are_present(harness):
    got = harness.validate({"age": 0, "name": ""}, "user")
    assert "returned" in got, (
        f"age=0 and name='' are present and of the right type; got {got.get('raised')}")
    got = harness.validate({"active": False}, "flag")
    assert "returned" in got, f"active=False is a valid bool; got {got.get('raised')}"


@edge
def test_none_value_is_the_wrong_type(harness):
    info = raised(harness.validate({"age": None, "name": "x"}, "user"), "age=None")
    expect_class(info, "DataValidationError", "ValueError", "age=None")
    assert info["attrs"]["field"] == "age", f"expected field='age', got {info['attrs']['field']!r}"


@edge
def test_models_of_any_kind_are_returned():
    registry = {"m": {1: {"weights": [1, 2]}, 2: None, 3: [0.5]}}
    assert load_model(registry, "m", 1) == {"weights": [1, 2]}
    assert load_model(registry, "m") == [0.5]
    assert load_model(registry, "m", 2) is None


@edge
def test_key_error_from_predict_is_a_prediction_error(harness):
    info = raised(harness.predict(raises="KeyError", message="feature"), "predict raised KeyError")
    assert info["is"]["PredictionError"] and not info["is"]["ModelNotFoundError"], (
        f"a KeyError inside predict is a prediction failure, got {info['type']}")
    assert info["cause"] == "KeyError", f"expected the KeyError as __cause__, got {info['cause']}"


# -- mutation ------------------------------------------------------------------------------

@mutation
def test_registry_not_mutated():
    for args in [("ranker",), ("ranker", 1), ("tagger", None)]:
        _, args_after, _ = call_and_inspect(load_model, REGISTRY, *args)
        assert args_after[0] == REGISTRY, f"load_model{args[:2]} changed the registry"


@mutation
def test_record_and_schema_not_mutated(harness):
    record = {"age": 40, "name": "Lin", "extra": {"k": [1]}}
    _, args_after, _ = call_and_inspect(harness.validate, record, "user")
    assert args_after[0] == record, f"validate_record changed the record: {args_after[0]}"
    assert harness.validate_keeps_schema({"age": "x"}, "user"), "validate_record changed the schema"
