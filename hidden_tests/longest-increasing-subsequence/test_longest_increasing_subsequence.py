"""Hidden tests for longest-increasing-subsequence."""

import random

import pytest
from longest_increasing_subsequence import length_of_lis, longest_increasing_subsequence

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def problem_with(sub, nums, want_len):
    """Why `sub` is not a longest strictly increasing subsequence of nums (None if it is)."""
    if not isinstance(sub, (list, tuple)):
        return f"expected a list, got {type(sub).__name__}: {sub!r}"[:300]
    sub = list(sub)
    if len(sub) != want_len:
        return f"expected length {want_len}, got length {len(sub)}: {sub}"[:300]
    if any(a >= b for a, b in zip(sub, sub[1:], strict=False)):
        return f"not strictly increasing: {sub}"[:300]
    rest = iter(nums)
    if not all(any(x == y for y in rest) for x in sub):
        return f"not a subsequence of the input (values out of order or absent): {sub}"[:300]
    return None


def check_both(nums, want_len):
    got = length_of_lis(list(nums))
    assert got == want_len, f"length_of_lis: expected {want_len}, got {got}"
    problem = problem_with(longest_increasing_subsequence(list(nums)), nums, want_len)
    assert problem is None, f"longest_increasing_subsequence: {problem}"


@basic
def test_classic_example():
    check_both([10, 9, 2, 5, 3, 7, 101, 18], 4)


@basic
def test_mixed_example():
    check_both([0, 1, 0, 3, 2, 3], 4)


@basic
def test_subsequence_is_not_contiguous():
    check_both([1, 9, 2, 8, 3, 7, 4], 4)


@basic
def test_result_is_an_actual_subsequence():
    # the tails array of patience sorting ends as [1, 4] here: sorted, but not a subsequence
    check_both([3, 4, 1], 2)
    check_both([5, 6, 7, 1, 2], 3)
    check_both([2, 6, 8, 3, 4, 5, 1], 4)


@basic
def test_returns_a_list():
    got = longest_increasing_subsequence([1, 3, 2, 4])
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    assert got in ([1, 3, 4], [1, 2, 4]), f"expected [1, 3, 4] or [1, 2, 4], got {got}"


@edge
def test_empty_list():
    got = length_of_lis([])
    assert got == 0, f"length_of_lis([]): expected 0, got {got}"
    got = longest_increasing_subsequence([])
    assert got == [], f"longest_increasing_subsequence([]): expected [], got {got!r}"


@edge
def test_single_value():
    check_both([42], 1)
    assert longest_increasing_subsequence([-3]) == [-3]


@edge
def test_already_increasing():
    nums = list(range(-5, 15))
    check_both(nums, 20)
    got = longest_increasing_subsequence(nums)
    assert got == nums, f"the whole list is increasing: expected {nums}, got {got}"


@edge
def test_decreasing():
    check_both([9, 7, 5, 3, 1, -1], 1)


@edge
def test_negative_values():
    check_both([-10, -20, -5, -30, -1, -2, 0], 4)


@trap
def test_equal_values_do_not_increase():
    check_both([2, 2, 2, 2], 1)
    check_both([1, 3, 3, 3, 5], 3)
    check_both([4, 1, 1, 2, 2, 3, 3], 3)


@trap
def test_repeated_values_between_increases():
    check_both([1, 2, 2, 3, 1, 4, 4, 5], 5)


@mutation
def test_input_not_mutated():
    nums = [5, 2, 8, 6, 3, 6, 9, 7]
    for fn in (length_of_lis, longest_increasing_subsequence):
        _, args_after, _ = call_and_inspect(fn, nums)
        assert args_after[0] == nums, f"{fn.__name__} modified its input list"


@scale
def test_small_random_lists_match_reference(reference):
    """Seed 10: 300 lists of up to 14 values in a narrow range (many ties)."""
    rng = random.Random(10)
    for case in range(300):
        nums = [rng.randint(-4, 4) for _ in range(rng.randint(0, 14))]
        want = reference.length_of_lis(nums)
        got = length_of_lis(nums)
        assert got == want, f"case {case}: length_of_lis expected {want}, got {got}"
        problem = problem_with(longest_increasing_subsequence(nums), nums, want)
        assert problem is None, f"case {case}: {problem}"


@scale
@pytest.mark.parametrize("spread", [20, 10**9])
def test_long_random_lists_match_reference(reference, spread):
    """Seed 2000 + spread: 2 000 values in [0, spread)."""
    rng = random.Random(2000 + spread)
    nums = [rng.randrange(spread) for _ in range(2_000)]
    want = reference.length_of_lis(nums)
    got = length_of_lis(nums)
    assert got == want, f"2000 values: length_of_lis expected {want}, got {got}"
    problem = problem_with(longest_increasing_subsequence(nums), nums, want)
    assert problem is None, f"2000 values: {problem}"


@scale
def test_long_noisy_increasing_list(reference):
    """Seed 4: 2 000 values trending upwards with noise (a long LIS)."""
    rng = random.Random(4)
    nums = [i + rng.randint(-30, 30) for i in range(2_000)]
    want = reference.length_of_lis(nums)
    check_both(nums, want)
