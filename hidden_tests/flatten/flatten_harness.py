"""Runs beside the submission: deep structures, laziness and memory observations.

Structures nested deeper than the wire allows (200 levels) are built here, and
compared here without recursion. Each function reports plain observations.
"""

import itertools
import tracemalloc
from collections.abc import Iterator

from flatten import flatten, iter_flatten


# -- building and inspecting structures without recursion -------------------------
def build_deep(depth, every):
    """A chain of `depth` nested lists with a leaf before and after the sublist at
    every `every`-th level and "bottom" in the innermost list."""
    root = []
    current = root
    for level in range(depth):
        inner = []
        if level % every == 0:
            current.append(level)
            current.append(inner)
            current.append(("after", level))
        else:
            current.append(inner)
        current = inner
    current.append("bottom")
    return root


def build_balanced(n):
    """A balanced binary tree of lists with n leaves (n a power of two), sharing
    subtrees so that building it costs O(log n) lists."""
    tree = 0
    size = 1
    while size < n:
        tree = [tree, tree]
        size *= 2
    return tree if isinstance(tree, list) else [tree]


def fingerprint(nested):
    """The structure as a flat event list ("[", leaf, "]"), built iteratively."""
    events = ["["]
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if type(item) is list:
                events.append("[")
                stack.append(iter(item))
                break
            events.append((type(item).__name__, repr(item)))
        else:
            stack.pop()
            events.append("]")
    return events


def _depth(nested):
    deepest, stack = 1, [(iter(nested), 1)]
    while stack:
        it, d = stack[-1]
        for item in it:
            if type(item) is list:
                stack.append((iter(item), d + 1))
                deepest = max(deepest, d + 1)
                break
        else:
            stack.pop()
    return deepest


# -- observations ------------------------------------------------------------------
def collect(nested):
    """list(iter_flatten(nested)), whether iter_flatten returned an iterator, and
    whether the input was left unchanged."""
    before = fingerprint(nested)
    it = iter_flatten(nested)
    is_iterator = isinstance(it, Iterator)
    items = list(it)
    return {"items": items, "is_iterator": is_iterator,
            "unchanged": fingerprint(nested) == before}


def deep_flatten(depth, every, lazy):
    """Flatten a chain `depth` levels deep; report the leaves and whether it is intact."""
    nested = build_deep(depth, every)
    before = fingerprint(nested)
    items = list(iter_flatten(nested)) if lazy else flatten(nested)
    return {"items": items, "unchanged": fingerprint(nested) == before,
            "depth": _depth(nested)}


def deep_first_item(depth):
    """Two next() calls on iter_flatten over [[[...["bottom"]...]], "second"]."""
    nested = ["bottom"]
    for _ in range(depth):
        nested = [nested]
    nested.append("second")
    it = iter_flatten(nested)
    return [next(it), next(it)]


def drain(nested):
    """Consume iter_flatten(nested) and return how many leaves it yielded (probe target)."""
    count = 0
    for _ in iter_flatten(nested):
        count += 1
    return count


def _peak_while_iterating(nested, limit=None):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        count = 0
        for _ in itertools.islice(iter_flatten(nested), limit):
            count += 1
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return count, peak


def iter_peak(shape, n):
    """Peak traced bytes (above the start) while draining iter_flatten over n leaves.

    shape "flat": one list of n leaves; "square": sqrt(n) lists of sqrt(n) leaves;
    "balanced": a balanced binary tree. The leaves are one shared object, so
    yielding them allocates nothing: any growth is the submission's own storage.
    """
    leaf = "leaf"
    if shape == "flat":
        nested = [leaf] * n
    elif shape == "square":
        side = int(n ** 0.5)
        nested = [[leaf] * side for _ in range(side)]
    else:
        nested = build_balanced(n)
    count, peak = _peak_while_iterating(nested)
    return {"count": count, "peak": peak}


def first_item_peak(n):
    """Peak traced bytes while taking only the first leaf of a flat list of n leaves."""
    nested = [[0] * 1000 for _ in range(n // 1000)]
    count, peak = _peak_while_iterating(nested, limit=1)
    return {"count": count, "peak": peak}


def iter_peak_balanced(n):
    """Memory probe target: peak bytes while draining a balanced tree of n leaves."""
    return _peak_while_iterating(build_balanced(n))[1]
