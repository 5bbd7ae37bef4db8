"""Flatten a nested list: eagerly into a new list, and lazily as a generator."""

from collections.abc import Iterator


def flatten(nested: list) -> list:
    """Return a new list of the leaves of `nested`, in order.

    Only lists are flattened; every other value (tuple, str, dict, None, ...) is a
    leaf. `nested` is not modified. Must handle a nesting depth of 100 000.
    """
    raise NotImplementedError


def iter_flatten(nested: list) -> Iterator:
    """Yield the leaves of `nested` one by one, in order, without building the output.

    Same leaves as `flatten(nested)`. Extra memory stays O(depth): no copy of the
    output or of any list. Must handle a nesting depth of 100 000.
    """
    raise NotImplementedError
