# expect: rejected
# caught-by: rule
# why: imports heapq through __import__ to dodge an import check
_hq = __import__("heapq")


def merge_sort(items, key=None):
    keyed = [(item if key is None else key(item), i, item) for i, item in enumerate(items)]
    return [entry[2] for entry in _hq.nsmallest(len(keyed), keyed)]


def quick_sort(items):
    return _hq.nsmallest(len(items), items)
