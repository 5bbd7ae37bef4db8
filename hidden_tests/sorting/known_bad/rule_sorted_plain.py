# expect: rejected
# caught-by: rule
# why: calls the builtin sorted()
def merge_sort(items, key=None):
    return sorted(items, key=key)


def quick_sort(items):
    return sorted(items)
