# style: sort a copy and walk two pointers inward, skipping repeated values by hand
"""Pair sum with two pointers over a sorted copy of the input."""


def find_pairs(nums: list[int], target: int) -> list[tuple[int, int]]:
    values = sorted(nums)  # a copy: the caller's list is left alone
    result = []
    lo, hi = 0, len(values) - 1
    while lo < hi:
        s = values[lo] + values[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        else:
            a, b = values[lo], values[hi]
            result.append((a, b))
            while lo < hi and values[lo] == a:
                lo += 1
            while lo < hi and values[hi] == b:
                hi -= 1
    return result
