# style: no deque at all; split into blocks of k and combine per-block prefix and suffix maxima
"""Sliding window maximum via block prefix/suffix maxima (van Herk / Gil-Werman)."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    n = len(nums)
    if n == 0:
        return []
    if not 1 <= k <= n:
        raise ValueError("k must satisfy 1 <= k <= len(nums)")

    prefix = [0] * n  # max from the start of i's block up to i
    suffix = [0] * n  # max from i up to the end of i's block
    for i in range(n):
        if i % k == 0:
            prefix[i] = nums[i]
        else:
            prefix[i] = prefix[i - 1] if prefix[i - 1] > nums[i] else nums[i]
    for i in range(n - 1, -1, -1):
        if i == n - 1 or (i + 1) % k == 0:
            suffix[i] = nums[i]
        else:
            suffix[i] = suffix[i + 1] if suffix[i + 1] > nums[i] else nums[i]

    # window [i, i+k-1] spans at most two blocks: suffix of the first, prefix of the second
    return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]
