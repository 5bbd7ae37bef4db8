# expect: failed
# caught-by: edge
# why: returns the caller's own list when it has fewer than two items (base case `return items`), not a new list
import random


def merge_sort(items, key=None):
    if len(items) < 2:
        return items
    keyf = key if key is not None else (lambda x: x)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if keyf(right[j]) < keyf(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick_sort(items):
    if len(items) < 2:
        return items
    pivot = random.choice(items)
    return (quick_sort([x for x in items if x < pivot]) + [x for x in items if x == pivot]
            + quick_sort([x for x in items if pivot < x]))
