# expect: failed
# caught-by: basic
# why: the seed's (004) answer: returns the patience-sorting tails array, which is sorted but not a subsequence of the input (and 0 for an empty list)
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    if not nums:
        return 0
    dp = [nums[0]]
    for num in nums[1:]:
        if num > dp[-1]:
            dp.append(num)
        else:
            dp[bisect_left(dp, num)] = num
    return dp


def length_of_lis(nums):
    if not nums:
        return 0
    return len(longest_increasing_subsequence(nums))
