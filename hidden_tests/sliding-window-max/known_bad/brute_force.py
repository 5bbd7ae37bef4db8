# expect: failed
# caught-by: probe
# why: correct, but recomputes each window's maximum: O(n*k), quadratic when k = n/2
def max_sliding_window(nums, k):
    if not nums:
        return []
    if k < 1 or k > len(nums):
        raise ValueError("bad window size")
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
