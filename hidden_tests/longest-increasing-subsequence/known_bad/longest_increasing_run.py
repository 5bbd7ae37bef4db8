# expect: failed
# caught-by: basic
# why: finds the longest increasing run of adjacent values, not a subsequence that may skip elements
def longest_increasing_subsequence(nums):
    best, start = [], 0
    for i in range(1, len(nums) + 1):
        if i == len(nums) or nums[i] <= nums[i - 1]:
            if i - start > len(best):
                best = nums[start:i]
            start = i
    return list(best)


def length_of_lis(nums):
    return len(longest_increasing_subsequence(nums))
