# expect: rejected
# caught-by: rule
# why: copies the list and calls list.sort on the copy
def merge_sort(items, key=None):
    out = list(items)
    out.sort(key=key)
    return out


def quick_sort(items):
    out = items[:]
    out.sort()
    return out
