# expect: failed
# caught-by: scale
# why: iter_flatten pushes a reversed copy of every list on its stack: O(width) memory, not O(depth)
def flatten(nested):
    return list(iter_flatten(nested))


def iter_flatten(nested):
    stack = list(reversed(nested))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        else:
            yield item
