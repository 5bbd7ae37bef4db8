# expect: rejected
# caught-by: rule
# why: reaches sorted() through getattr on an aliased builtins module
import builtins as _b

_order = getattr(_b, "sorted")


def merge_sort(items, key=None):
    return _order(items, key=key)


def quick_sort(items):
    return _order(items)
