"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from flatten import flatten, iter_flatten

pytestmark = pytest.mark.category("example")


def test_nested_list_in_order():
    assert flatten([1, [2, [3, 4], 5], [[6]], 7]) == [1, 2, 3, 4, 5, 6, 7]


def test_only_lists_are_flattened():
    got = flatten([[], [[]], "ab", (1, [2])])
    assert got == ["ab", (1, [2])], f"expected ['ab', (1, [2])], got {got!r}"


def test_iter_flatten_gives_the_same_leaves():
    got = list(iter_flatten([0, [None, [{}]]]))
    assert got == [0, None, {}], f"expected [0, None, {{}}], got {got!r}"


def test_empty_list():
    assert flatten([]) == []
    assert list(iter_flatten([])) == []
