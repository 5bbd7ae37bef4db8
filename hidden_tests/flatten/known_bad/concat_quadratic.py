# expect: failed
# caught-by: probe
# why: flatten grows its result by concatenation (result = result + [item]): O(n^2) copies
def flatten(nested):
    result = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            result = result + [item]
        else:
            stack.pop()
    return result


def iter_flatten(nested):
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
