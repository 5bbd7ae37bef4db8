# expect: error
# caught-by: error
# why: the seed's (000) deque answer with no argument checks: k=0 raises IndexError and k > len(nums) returns [] instead of raising ValueError
from collections import deque


def max_sliding_window(nums, k):
    dq = deque()
    result = []
    for i in range(len(nums)):
        while dq and nums[dq[-1]] < nums[i]:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            result.append(nums[dq[0]])
    return result
