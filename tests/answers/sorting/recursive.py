# style: top-down recursive merge sort on (key, item) index ranges; in-place quick sort with random pivot, 3-way partition, recursing on the smaller side only
"""Merge sort and quick sort, classic recursive formulations."""

import random


def merge_sort(items, key=None) -> list:
    values = list(items)
    keys = values if key is None else [key(v) for v in values]
    order = list(range(len(values)))
    buf = order[:]

    def sort(lo: int, hi: int) -> None:  # sorts order[lo:hi]; depth is log2(n)
        if hi - lo < 2:
            return
        mid = (lo + hi) // 2
        sort(lo, mid)
        sort(mid, hi)
        i, j, k = lo, mid, lo
        while i < mid and j < hi:
            # take from the right only when strictly smaller: keeps equal keys in order
            if keys[order[j]] < keys[order[i]]:
                buf[k] = order[j]
                j += 1
            else:
                buf[k] = order[i]
                i += 1
            k += 1
        while i < mid:
            buf[k] = order[i]
            i += 1
            k += 1
        while j < hi:
            buf[k] = order[j]
            j += 1
            k += 1
        order[lo:hi] = buf[lo:hi]

    sort(0, len(values))
    return [values[i] for i in order]


def quick_sort(items) -> list:
    a = list(items)

    def sort(lo: int, hi: int) -> None:  # sorts a[lo:hi+1]
        while lo < hi:
            pivot = a[random.randint(lo, hi)]
            # Dutch national flag: a[lo:lt] < pivot, a[lt:i] == pivot, a[gt+1:hi+1] > pivot
            lt, i, gt = lo, lo, hi
            while i <= gt:
                x = a[i]
                if x < pivot:
                    a[lt], a[i] = x, a[lt]
                    lt += 1
                    i += 1
                elif pivot < x:
                    a[gt], a[i] = x, a[gt]
                    gt -= 1
                else:
                    i += 1
            # recurse into the smaller part, loop on the larger: depth O(log n)
            if lt - lo < hi - gt:
                sort(lo, lt - 1)
                lo = gt + 1
            else:
                sort(gt + 1, hi)
                hi = lt - 1

    sort(0, len(a) - 1)
    return a
