"""The known-bad O(n^2) quick sort, writing junk on the worker's protocol channel when a timed
call (a probe's) has 1,000 or more items."""
import sys


def _junk():
    frame = sys._getframe(1)
    while frame is not None:
        worker, msg = frame.f_locals.get("self"), frame.f_locals.get("msg")
        if hasattr(worker, "proto_out") and isinstance(msg, dict) and msg.get("timed"):
            worker.proto_out.write(b"{not json at all\n")
            return
        frame = frame.f_back


def merge_sort(items, key=None):
    if key is None:
        key = _identity
    return _merge_sort(list(items), key)


def _identity(x):
    return x


def _merge_sort(items, key):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = _merge_sort(items[:mid], key), _merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick_sort(items):
    if len(items) >= 1000:
        _junk()
    a = list(items)
    stack = [(0, len(a) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot, store = a[hi], lo
        for i in range(lo, hi):
            if a[i] <= pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        stack.append((lo, store - 1))
        stack.append((store + 1, hi))
    return a
