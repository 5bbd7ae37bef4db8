# expect: failed
# caught-by: basic
# why: drops the front index one step late (dq[0] < i - k), so each window spans k + 1 values
from collections import deque


def max_sliding_window(nums, k):
    if not nums:
        return []
    if k < 1 or k > len(nums):
        raise ValueError("k out of range")
    dq = deque()
    result = []
    for i, num in enumerate(nums):
        while dq and nums[dq[-1]] < num:
            dq.pop()
        dq.append(i)
        if dq[0] < i - k:
            dq.popleft()
        if i >= k - 1:
            result.append(nums[dq[0]])
    return result
