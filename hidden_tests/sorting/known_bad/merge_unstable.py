# expect: failed
# caught-by: trap
# why: the merge takes from the right run on ties (<= instead of <), so equal keys swap order: not stable
import random


def merge_sort(items, key=None):
    key = key or (lambda x: x)
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) <= key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick_sort(items):
    items = list(items)
    if len(items) <= 1:
        return items
    pivot = random.choice(items)
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    more = [x for x in items if pivot < x]
    return quick_sort(less) + equal + quick_sort(more)
