# expect: failed
# caught-by: scale
# why: iter_flatten builds the whole output list first and iterates over it: not lazy
def flatten(nested):
    out = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out


def iter_flatten(nested):
    yield from flatten(nested)
