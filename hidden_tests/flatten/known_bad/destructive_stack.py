# expect: failed
# caught-by: mutation
# why: uses the caller's lists as its work stack, reversing and emptying them while flattening
def flatten(nested):
    out = []
    nested.reverse()
    stack = [nested]
    while stack:
        top = stack[-1]
        if not top:
            stack.pop()
            continue
        item = top.pop()
        if isinstance(item, list):
            item.reverse()
            stack.append(item)
        else:
            out.append(item)
    return out


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
