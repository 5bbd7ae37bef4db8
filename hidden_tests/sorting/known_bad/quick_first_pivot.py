# expect: error
# caught-by: trap
# why: quick sort with the first element as pivot: on sorted or reversed input every split is empty on one side, so 3 000 items recurse 3 000 deep (RecursionError)
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
    pivot, rest = items[0], items[1:]
    return (quick_sort([x for x in rest if x < pivot]) + [pivot]
            + quick_sort([x for x in rest if x >= pivot]))
