# expect: error
# caught-by: trap
# why: random pivot but a two-way split (< pivot | >= pivot): all-equal input never shrinks by more than one, so 3 000 equal items recurse 3 000 deep
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
    if len(items) <= 1:
        return list(items)
    i = random.randrange(len(items))
    pivot, rest = items[i], items[:i] + items[i + 1:]
    return (quick_sort([x for x in rest if x < pivot]) + [pivot]
            + quick_sort([x for x in rest if x >= pivot]))
