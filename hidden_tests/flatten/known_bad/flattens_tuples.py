# expect: failed
# caught-by: edge
# why: flattens tuples as well as lists; tuples must stay whole leaves
def flatten(nested):
    return list(iter_flatten(nested))


def iter_flatten(nested):
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
