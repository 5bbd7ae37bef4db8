# style: bottom-up iterative merge sort over index runs; iterative quick sort with median-of-three pivot, Hoare partition, insertion sort for small ranges and an explicit range stack
"""Merge sort and quick sort without recursion."""


def _merge(src, dst, lo, mid, hi, keys):
    i, j = lo, mid
    for k in range(lo, hi):
        if i < mid and (j >= hi or not keys[src[j]] < keys[src[i]]):
            dst[k] = src[i]
            i += 1
        else:
            dst[k] = src[j]
            j += 1


def merge_sort(items, key=None) -> list:
    values = list(items)
    n = len(values)
    keys = values if key is None else list(map(key, values))
    src = list(range(n))
    dst = [0] * n
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            _merge(src, dst, lo, mid, hi, keys)
        src, dst = dst, src
        width *= 2
    return [values[i] for i in src]


def _median_of_three(a, lo, hi):
    mid = (lo + hi) // 2
    x, y, z = a[lo], a[mid], a[hi]
    if x < y:
        if y < z:
            return y
        return z if x < z else x
    if x < z:
        return x
    return z if y < z else y


def quick_sort(items) -> list:
    a = list(items)
    ranges = [(0, len(a) - 1)]
    while ranges:
        lo, hi = ranges.pop()
        if hi - lo < 16:
            # small range: insertion sort
            for i in range(lo + 1, hi + 1):
                x = a[i]
                j = i - 1
                while j >= lo and x < a[j]:
                    a[j + 1] = a[j]
                    j -= 1
                a[j + 1] = x
            continue
        pivot = _median_of_three(a, lo, hi)
        # Hoare partition: both scans stop on items equal to the pivot, so runs of
        # equal items are split evenly instead of all landing on one side
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while pivot < a[j]:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        # now a[lo:j+1] <= pivot <= a[i:hi+1]; push the larger part first so the
        # smaller one is handled next (the stack stays O(log n) deep)
        if j - lo > hi - i:
            ranges.append((lo, j))
            ranges.append((i, hi))
        else:
            ranges.append((i, hi))
            ranges.append((lo, j))
    return a
