"""Reference sorts: a stable bottom-up merge sort and a randomized three-way quick sort.

Neither uses `sorted`, `list.sort` or `heapq`, and neither touches the caller's list.

merge_sort: O(n log n) in every case, O(n) extra space, no recursion. Keys are
computed once; runs of width 1, 2, 4, ... are merged pairwise. On equal keys the
left run wins, which is what makes it stable.

quick_sort: expected O(n log n) on every input. A random pivot defeats sorted
and reversed inputs; the three-way split (< pivot, == pivot, > pivot) makes
all-equal input a single linear pass. Recursing only into the smaller side and
looping on the larger keeps the recursion depth O(log n).
"""

import random

_rng = random.Random(20240917)  # a private generator: pivots never touch the global state


def merge_sort(items, key=None) -> list:
    """Return a new list with the items in ascending order of key(item); stable."""
    items = list(items)
    keys = items if key is None else [key(item) for item in items]
    order = list(range(len(items)))  # positions, sorted by their keys as runs merge
    width = 1
    while width < len(order):
        merged = []
        for lo in range(0, len(order), 2 * width):
            mid, hi = min(lo + width, len(order)), min(lo + 2 * width, len(order))
            merged.extend(_merge(order, lo, mid, hi, keys))
        order = merged
        width *= 2
    return [items[i] for i in order]


def _merge(order, lo, mid, hi, keys) -> list:
    """Merge the sorted runs order[lo:mid] and order[mid:hi]; ties keep the left run first."""
    out = []
    i, j = lo, mid
    while i < mid and j < hi:
        if keys[order[j]] < keys[order[i]]:  # strictly smaller: only then does the right go first
            out.append(order[j])
            j += 1
        else:
            out.append(order[i])
            i += 1
    out.extend(order[i:mid])
    out.extend(order[j:hi])
    return out


def quick_sort(items) -> list:
    """Return a new list with the items in ascending order (not necessarily stable)."""
    out = list(items)
    _quick_sort(out, 0, len(out) - 1)
    return out


def _quick_sort(a, lo, hi) -> None:
    """Sort a[lo:hi + 1] in place: three-way partition around a random pivot."""
    while lo < hi:
        pivot = a[_rng.randint(lo, hi)]
        lt, i, gt = lo, lo, hi  # a[lo:lt] < pivot, a[lt:i] == pivot, a[gt + 1:hi + 1] > pivot
        while i <= gt:
            if a[i] < pivot:
                a[lt], a[i] = a[i], a[lt]
                lt += 1
                i += 1
            elif pivot < a[i]:
                a[i], a[gt] = a[gt], a[i]
                gt -= 1
            else:
                i += 1
        if lt - lo < hi - gt:  # recurse into the smaller side, loop on the larger
            _quick_sort(a, lo, lt - 1)
            lo = gt + 1
        else:
            _quick_sort(a, gt + 1, hi)
            hi = lt - 1
