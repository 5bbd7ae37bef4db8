# expect: failed
# caught-by: trap
# why: bisect_right lets an equal value extend the run: it finds the longest non-decreasing subsequence
from bisect import bisect_right


def length_of_lis(nums):
    tails = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def longest_increasing_subsequence(nums):
    tails, idx, prev = [], [], [-1] * len(nums)
    for k, x in enumerate(nums):
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
            idx.append(k)
        else:
            tails[i] = x
            idx[i] = k
        prev[k] = idx[i - 1] if i else -1
    out, k = [], idx[-1] if idx else -1
    while k != -1:
        out.append(nums[k])
        k = prev[k]
    return out[::-1]
