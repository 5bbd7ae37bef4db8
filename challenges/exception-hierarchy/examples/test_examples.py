"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from exception_hierarchy import MLPipelineError, ModelNotFoundError, load_model

pytestmark = pytest.mark.category("example")

REGISTRY = {"ranker": {1: "r-v1", 3: "r-v3", 2: "r-v2"}}


def test_highest_version_by_default():
    assert load_model(REGISTRY, "ranker") == "r-v3"
    assert load_model(REGISTRY, "ranker", 1) == "r-v1"


def test_unknown_version_is_chained_from_key_error():
    with pytest.raises(ModelNotFoundError) as caught:
        load_model(REGISTRY, "ranker", 7)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, MLPipelineError)
    assert isinstance(caught.value.__cause__, KeyError)


def test_unknown_name():
    with pytest.raises(LookupError):
        load_model(REGISTRY, "tagger")
