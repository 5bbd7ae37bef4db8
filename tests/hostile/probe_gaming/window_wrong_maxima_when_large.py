# The reference, but on lists longer than any basic test (the probe's sizes) the last
# maximum is off by one: as many maxima as the reference's, one of them wrong. A probe that
# checked only the count passed it.

"""Reference sliding window maximum: a monotonic deque of indices, O(n) time, O(k) space.

The deque holds indices of the current window whose values are strictly
decreasing from front to back. A new value first evicts every smaller value at
the back (they can never be a maximum again while it is in the window), then
the front index is dropped once it slides out. The front is always the
window's maximum. Each index enters and leaves the deque at most once.
"""

from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    """Return the maximum of each window of `k` consecutive values, left to right."""
    if not nums:
        return []
    if k < 1 or k > len(nums):
        raise ValueError(f"window size must be between 1 and {len(nums)}, got {k}")
    window: deque[int] = deque()  # indices; their values strictly decrease
    result = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:  # the front index slid out of the window
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    if len(nums) >= 1500:
        result[-1] += 1
    return result
