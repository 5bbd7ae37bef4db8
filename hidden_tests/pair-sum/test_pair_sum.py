"""Hidden tests for pair-sum."""

import random

import pytest
from pair_sum import find_pairs

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def pairs(got):
    """The result as a list of tuples, so a list-of-lists answer is judged on its values here."""
    return [tuple(p) for p in got]


def check(nums, target, want):
    got = pairs(find_pairs(list(nums), target))
    assert got == want, f"target={target}: expected {want}, got {got}"


@basic
def test_simple_pairs():
    check([1, 2, 3, 4, 5], 6, [(1, 5), (2, 4)])


@basic
def test_returns_a_list_of_tuples():
    got = find_pairs([4, 1, 3, 2], 5)
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    assert all(isinstance(p, tuple) and len(p) == 2 for p in got), (
        f"expected a list of (a, b) tuples, got {got}")
    assert got == [(1, 4), (2, 3)], f"expected [(1, 4), (2, 3)], got {got}"


@basic
def test_pairs_are_sorted_ascending():
    check([9, -3, 4, 8, 0, 5, 1, 6], 9, [(0, 9), (1, 8), (4, 5)])


@basic
def test_smaller_value_comes_first():
    check([10, 2], 12, [(2, 10)])


@basic
def test_each_pair_listed_once():
    check([1, 1, 2, 2, 3, 3], 4, [(1, 3), (2, 2)])


@basic
def test_many_copies_of_a_pair():
    check([5, 0, 5, 0, 5, 0], 5, [(0, 5)])


@trap
def test_same_value_needs_two_positions():
    check([3, 1, 5], 6, [(1, 5)])


@trap
@pytest.mark.parametrize("nums, target, want", [
    ([3, 3], 6, [(3, 3)]),
    ([3], 6, []),
    ([0, 0], 0, [(0, 0)]),
    ([0], 0, []),
    ([-4, 2, -4], -8, [(-4, -4)]),
])
def test_pair_of_equal_values(nums, target, want):
    check(nums, target, want)


@trap
def test_does_not_sort_the_callers_list():
    nums = [5, 1, 4, 2, 3, 0]
    result, args_after, _ = call_and_inspect(find_pairs, nums, 5)
    assert args_after[0] == nums, "the call modified nums (sorted it in place?)"
    assert pairs(result) == [(0, 5), (1, 4), (2, 3)], (
        f"expected [(0, 5), (1, 4), (2, 3)], got {result}")


@edge
@pytest.mark.parametrize("nums", [[], [7]])
def test_too_few_values(nums):
    check(nums, 7, [])


@edge
def test_no_pair_reaches_the_target():
    check([1, 2, 4, 8], 100, [])


@edge
def test_negative_values_and_zero():
    check([-2, 0, 2, 4, -6, 8], 2, [(-6, 8), (-2, 4), (0, 2)])


@edge
def test_negative_target():
    check([-1, -9, 3, -5, -5, 7], -10, [(-9, -1), (-5, -5)])


@mutation
def test_inputs_not_mutated():
    nums = [8, 3, 3, 5, 0, 8, -2, 10]
    result, args_after, kwargs_after = call_and_inspect(find_pairs, nums, target=8)
    assert args_after[0] == nums, "the call modified nums"
    assert kwargs_after == {"target": 8}
    want = [(-2, 10), (0, 8), (3, 5)]
    assert pairs(result) == want, f"expected {want}, got {result}"


@scale
@pytest.mark.secret
def test_random_small_lists_match_reference(reference):
    """Seed 404: 200 short lists of values in a narrow range (many repeats)."""
    rng = random.Random(404)
    for case in range(200):
        nums = [rng.randint(-6, 6) for _ in range(rng.randint(0, 12))]
        target = rng.randint(-8, 8)
        want = reference.find_pairs(nums, target)
        got = pairs(find_pairs(nums, target))
        assert got == want, f"case {case}: nums={nums}, target={target}: expected {want}, got {got}"


@scale
@pytest.mark.parametrize("spread", [50, 3_000, 10**9])
def test_random_long_lists_match_reference(reference, spread):
    """Seed 2024: 3 000 values in [-spread, spread], even and odd targets."""
    rng = random.Random(2024 + spread)
    nums = [rng.randint(-spread, spread) for _ in range(3_000)]
    for target in (0, 1, rng.randint(-spread, spread), 2 * nums[0]):
        want = reference.find_pairs(nums, target)
        got = pairs(find_pairs(nums, target))
        assert got == want, (
            f"3000 values in [-{spread}, {spread}], target={target}: "
            f"{len(got)} pairs, expected {len(want)}; results differ from the reference's")
