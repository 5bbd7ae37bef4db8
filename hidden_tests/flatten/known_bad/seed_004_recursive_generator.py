# expect: error
# caught-by: trap
# why: the 004 seed's recursive generator (yield from) raises RecursionError at depth 100 000
def iter_flatten(lst):
    for item in lst:
        if isinstance(item, list):
            yield from iter_flatten(item)
        else:
            yield item


def flatten(lst):
    return list(iter_flatten(lst))
