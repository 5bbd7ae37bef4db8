# expect: rejected
# caught-by: rule
# why: calls the unbound method list.sort(copy) instead of copy.sort()
def merge_sort(items, key=None):
    out = list(items)
    list.sort(out, key=key)
    return out


def quick_sort(items):
    out = list(items)
    list.sort(out)
    return out
