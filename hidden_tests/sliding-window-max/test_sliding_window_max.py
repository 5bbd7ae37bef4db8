"""Hidden tests for sliding-window-max."""

import random

import pytest
from sliding_window_max import max_sliding_window

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def brute(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


@basic
def test_classic_example():
    got = max_sliding_window([1, 3, -1, -3, 5, 3, 6, 7], 3)
    assert got == [3, 3, 5, 5, 6, 7], f"expected [3, 3, 5, 5, 6, 7], got {got}"


@basic
@pytest.mark.parametrize("nums, k", [
    ([9, 11], 2),
    ([1, -1], 1),
    ([7, 2, 4], 2),
    ([1, 3, 1, 2, 0, 5], 3),
    ([2, 7, 1, 8, 2, 8, 1, 8, 2, 8], 4),
])
def test_small_cases(nums, k):
    want = brute(nums, k)
    got = max_sliding_window(nums, k)
    assert got == want, f"k={k}: expected {want}, got {got}"


@basic
def test_one_value_per_window():
    nums = [5, 1, 4, 2, 3, 6, 0]
    for k in range(1, len(nums) + 1):
        got = max_sliding_window(nums, k)
        assert len(got) == len(nums) - k + 1, (
            f"k={k}: expected {len(nums) - k + 1} windows, got {len(got)}: {got}")


@basic
def test_last_window_is_included():
    got = max_sliding_window([1, 2, 3, 4, 100], 2)
    assert got == [2, 3, 4, 100], f"expected [2, 3, 4, 100] (last window [4, 100]), got {got}"


@edge
def test_window_of_one_returns_the_values():
    nums = [3, -2, 8, 8, 0]
    got = max_sliding_window(nums, 1)
    assert got == nums, f"k=1: expected {nums}, got {got}"


@edge
def test_window_as_long_as_the_list():
    got = max_sliding_window([3, -2, 8, 8, 0], 5)
    assert got == [8], f"k=len(nums): expected [8], got {got}"


@edge
def test_single_element():
    got = max_sliding_window([-7], 1)
    assert got == [-7], f"expected [-7], got {got}"


@edge
@pytest.mark.parametrize("k", [1, 3])
def test_empty_list_returns_empty(k):
    got = max_sliding_window([], k)
    assert got == [], f"nums=[] with k={k}: expected [], got {got}"


@edge
def test_decreasing_values_expire_from_the_front():
    nums = [9, 8, 7, 6, 5, 4, 3]
    got = max_sliding_window(nums, 3)
    assert got == [9, 8, 7, 6, 5], f"expected [9, 8, 7, 6, 5], got {got}"


@edge
def test_increasing_values():
    got = max_sliding_window([1, 2, 3, 4, 5, 6], 3)
    assert got == [3, 4, 5, 6], f"expected [3, 4, 5, 6], got {got}"


@edge
def test_repeated_maximum_leaving_the_window():
    nums = [5, 5, 1, 1, 1, 5, 1]
    got = max_sliding_window(nums, 3)
    assert got == [5, 5, 1, 5, 5], f"expected [5, 5, 1, 5, 5], got {got}"


@edge
def test_negative_and_equal_values():
    nums = [-4, -4, -9, -1, -1, -6]
    got = max_sliding_window(nums, 2)
    assert got == [-4, -4, -1, -1, -1], f"expected [-4, -4, -1, -1, -1], got {got}"


@error
@pytest.mark.parametrize("k", [0, -1])
def test_window_below_one_raises(k):
    with pytest.raises(ValueError):
        max_sliding_window([1, 2, 3], k)


@error
def test_window_larger_than_list_raises():
    with pytest.raises(ValueError):
        max_sliding_window([1, 2, 3], 4)


@mutation
def test_input_not_mutated():
    nums = [4, 1, 7, 3, 8, 2, 8, 0]
    result, args_after, _ = call_and_inspect(max_sliding_window, nums, 3)
    assert args_after[0] == nums, "the call modified nums"
    assert result == brute(nums, 3), f"expected {brute(nums, 3)}, got {result}"


@scale
def test_random_lists_match_reference(reference):
    """Seed 3131: 40 random lists of up to 300 values, every kind of k."""
    rng = random.Random(3131)
    for case in range(40):
        n = rng.randint(1, 300)
        nums = [rng.randint(-50, 50) for _ in range(n)]
        k = rng.choice([1, 2, n, max(1, n // 2), rng.randint(1, n)])
        want = reference.max_sliding_window(nums, k)
        got = max_sliding_window(nums, k)
        assert got == want, f"case {case} (n={n}, k={k}): results differ from the reference's"


@scale
def test_long_list_match_reference(reference):
    """Seed 77: 50 000 values with windows of 1, 100 and 1 000."""
    rng = random.Random(77)
    nums = [rng.randrange(-10**9, 10**9) for _ in range(50_000)]
    for k in (1, 100, 1_000):
        want = reference.max_sliding_window(nums, k)
        got = max_sliding_window(nums, k)
        assert got == want, f"n=50000, k={k}: results differ from the reference's"


@scale
def test_half_width_window_matches_reference(reference):
    """Seed 5: 10 000 values with k = 5 000."""
    rng = random.Random(5)
    nums = [rng.randrange(1000) for _ in range(10_000)]
    want = reference.max_sliding_window(nums, 5_000)
    got = max_sliding_window(nums, 5_000)
    assert got == want, "n=10000, k=5000: results differ from the reference's"
