"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from sorting import merge_sort, quick_sort

pytestmark = pytest.mark.category("example")


def test_merge_sort_numbers():
    got = merge_sort([5, 2, 9, 1, 5, 6])
    assert got == [1, 2, 5, 5, 6, 9], f"expected [1, 2, 5, 5, 6, 9], got {got}"


def test_quick_sort_numbers():
    got = quick_sort([3, -1, 2, 3, 0])
    assert got == [-1, 0, 2, 3, 3], f"expected [-1, 0, 2, 3, 3], got {got}"


def test_merge_sort_by_length_is_stable(harness):
    got = merge_sort(["pear", "fig", "apple", "kiwi"], key=harness.length)
    want = ["fig", "pear", "kiwi", "apple"]
    assert got == want, f"expected {want}, got {got}"


def test_empty():
    assert merge_sort([]) == [] and quick_sort([]) == []
