# expect: failed
# caught-by: basic
# why: off by one in the window count: range(len(nums) - k) drops the last window
def max_sliding_window(nums, k):
    if not nums:
        return []
    if k < 1 or k > len(nums):
        raise ValueError("bad window size")
    out = []
    for i in range(len(nums) - k):
        out.append(max(nums[i:i + k]))
    return out
