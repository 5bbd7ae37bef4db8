# style: stack of list iterators with for/else; flatten is list(iter_flatten(...))
"""Flatten a nested list with a stack of iterators."""

from collections.abc import Iterator


def iter_flatten(nested: list) -> Iterator:
    """Lazily yield the leaves of `nested` in order; the stack holds one iterator per open list."""
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()


def flatten(nested: list) -> list:
    """Return a new list of the leaves of `nested`, in order."""
    return list(iter_flatten(nested))
