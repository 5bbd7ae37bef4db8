# expect: failed
# caught-by: trap
# why: looks complements up in a set of values, so (x, x) is reported when x occurs only once
def find_pairs(nums, target):
    values = set(nums)
    result = []
    for a in sorted(values):
        b = target - a
        if a <= b and b in values:
            result.append((a, b))
    return result
