"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from traffic_split import assign_variant

pytestmark = pytest.mark.category("example")


def test_returns_a_variant_deterministically():
    weights = {"a": 0.5, "b": 0.5}
    first = assign_variant("user-42", weights)
    assert first in weights, f"expected 'a' or 'b', got {first!r}"
    assert assign_variant("user-42", weights) == first, "the same user must get the same variant"


def test_full_and_zero_weight():
    got = assign_variant("user-42", {"a": 1.0, "b": 0.0})
    assert got == "a", f"expected 'a' (b has weight 0), got {got!r}"


def test_float_sum_within_tolerance_is_valid():
    assert assign_variant("user-42", {"a": 0.7, "b": 0.2, "c": 0.1}) in ("a", "b", "c")


@pytest.mark.parametrize("weights", [{"a": 0.5, "b": 0.4}, {"a": 1.5, "b": -0.5}, {}])
def test_bad_weights_raise_value_error(weights):
    with pytest.raises(ValueError):
        assign_variant("user-42", weights)
