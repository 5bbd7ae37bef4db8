# expect: failed
# caught-by: mutation
# why: an in-place Hoare quick sort run on the caller's list, which it then returns: the input is reordered
import random

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
    stack = [(0, len(items) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = items[random.randint(lo, hi)]
        i, j = lo, hi
        while i <= j:
            while items[i] < pivot:
                i += 1
            while pivot < items[j]:
                j -= 1
            if i <= j:
                items[i], items[j] = items[j], items[i]
                i += 1
                j -= 1
        stack.append((lo, j))
        stack.append((i, hi))
    return items
