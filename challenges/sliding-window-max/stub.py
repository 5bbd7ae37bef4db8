"""Sliding window maximum: the maximum of every window of k consecutive values, in O(n)."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    """Return [max(nums[i:i + k]) for each window], left to right, without modifying nums.

    An empty `nums` returns []. For a non-empty `nums`, `k < 1` or `k > len(nums)`
    raises ValueError.
    """
    raise NotImplementedError
