# style: classic monotonic deque of indices using collections.deque
"""Sliding window maximum with a monotonic deque."""

from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    if not nums:
        return []
    if k < 1 or k > len(nums):
        raise ValueError(f"window size k={k} must be between 1 and len(nums)={len(nums)}")
    window = deque()  # indices whose values are decreasing from left to right
    result = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result
