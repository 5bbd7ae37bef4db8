"""Merge sort (stable, with an optional key) and quick sort, both returning new lists."""


def merge_sort(items, key=None) -> list:
    """Return a new list of `items` in ascending order of key(item) (of the items if key is None).

    Stable: equal keys keep their original order. `items` is not modified.
    """
    raise NotImplementedError


def quick_sort(items) -> list:
    """Return a new list of `items` in ascending order. `items` is not modified.

    O(n log n) on random, sorted, reversed and all-equal inputs.
    """
    raise NotImplementedError
