"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from sliding_window_max import max_sliding_window

pytestmark = pytest.mark.category("example")


def test_windows_of_three():
    got = max_sliding_window([1, 3, -1, -3, 5, 3, 6, 7], 3)
    assert got == [3, 3, 5, 5, 6, 7], f"expected [3, 3, 5, 5, 6, 7], got {got}"


def test_window_of_one_and_whole_list():
    assert max_sliding_window([4, 2, 12, 3], 1) == [4, 2, 12, 3]
    assert max_sliding_window([4, 2, 12, 3], 4) == [12]


def test_empty_list():
    got = max_sliding_window([], 2)
    assert got == [], f"expected [], got {got}"


def test_window_larger_than_list_raises():
    with pytest.raises(ValueError):
        max_sliding_window([1, 2], 3)
