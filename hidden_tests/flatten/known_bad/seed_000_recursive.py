# expect: error
# caught-by: trap
# why: the 000 seed's recursive flatten raises RecursionError at nesting depth 100 000
def flatten(nested_list):
    result = []
    for item in nested_list:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def iter_flatten(nested_list):
    for item in nested_list:
        if isinstance(item, list):
            yield from iter_flatten(item)
        else:
            yield item
