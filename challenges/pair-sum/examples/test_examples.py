"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from pair_sum import find_pairs

pytestmark = pytest.mark.category("example")


def test_pairs_sorted_and_distinct():
    got = find_pairs([1, 5, 3, 3, 2, 4], 6)
    assert got == [(1, 5), (2, 4), (3, 3)], f"expected [(1, 5), (2, 4), (3, 3)], got {got}"


def test_same_value_needs_two_positions():
    got = find_pairs([3, 1, 5], 6)
    assert got == [(1, 5)], f"expected [(1, 5)], got {got}"


def test_each_pair_once():
    got = find_pairs([2, 2, 2, 0, 4], 4)
    assert got == [(0, 4), (2, 2)], f"expected [(0, 4), (2, 2)], got {got}"


def test_empty_list():
    got = find_pairs([], 3)
    assert got == [], f"expected [], got {got}"
