# style: standard-library bisect over a list of tail values; reconstruction walks backwards through recorded lengths
"""Longest strictly increasing subsequence with bisect, O(n log n)."""

from bisect import bisect_left


def length_of_lis(nums) -> int:
    tails = []
    for x in nums:
        i = bisect_left(tails, x)  # bisect_left keeps the subsequence strictly increasing
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def longest_increasing_subsequence(nums) -> list:
    tails = []
    lengths = []  # lengths[j]: length of the longest increasing run ending at nums[j]
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
        lengths.append(i + 1)
    # walk right to left, picking the latest element of each needed length that is
    # smaller than the element picked after it
    need = len(tails)
    out = []
    bound = None
    for j in range(len(nums) - 1, -1, -1):
        if need == 0:
            break
        if lengths[j] == need and (bound is None or nums[j] < bound):
            out.append(nums[j])
            bound = nums[j]
            need -= 1
    out.reverse()
    return out
