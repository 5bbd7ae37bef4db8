"""Reference flatten: an explicit stack of list iterators instead of recursion.

The stack holds one iterator per list currently being read, so the extra memory
is O(depth) and no list is ever copied. Descending into a sublist pushes its
iterator and breaks out of the inner loop; when the sublist is exhausted its
iterator is popped and the enclosing `for` resumes the parent where it stopped.
Each item is visited once: O(total items) time, whatever the depth.
"""

from collections.abc import Iterator


def iter_flatten(nested: list) -> Iterator:
    """Yield the leaves of `nested` (only lists are flattened), in order, lazily."""
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
    """Return a new list of the leaves of `nested`, in order (only lists are flattened)."""
    out: list = []
    append = out.append
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            append(item)
        else:
            stack.pop()
    return out
