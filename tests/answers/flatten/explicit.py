# style: explicit stack of (list, index) frames with hand-written while loops, separate eager implementation
"""Flatten a nested list: eagerly into a new list, and lazily as a generator."""

from collections.abc import Iterator


def flatten(nested: list) -> list:
    """Return a new list of the leaves of `nested`, in order (iterative, no recursion)."""
    result = []
    lists = [nested]     # the lists being walked, outermost first
    positions = [0]      # next index to read in each of them
    while lists:
        current = lists[-1]
        i = positions[-1]
        if i >= len(current):
            lists.pop()
            positions.pop()
            continue
        positions[-1] = i + 1
        item = current[i]
        if isinstance(item, list):
            lists.append(item)
            positions.append(0)
        else:
            result.append(item)
    return result


def iter_flatten(nested: list) -> Iterator:
    """Yield the leaves of `nested` one by one; extra memory is O(depth)."""
    lists = [nested]
    positions = [0]
    while lists:
        current = lists[-1]
        i = positions[-1]
        if i >= len(current):
            lists.pop()
            positions.pop()
            continue
        positions[-1] = i + 1
        item = current[i]
        if isinstance(item, list):
            lists.append(item)
            positions.append(0)
        else:
            yield item
