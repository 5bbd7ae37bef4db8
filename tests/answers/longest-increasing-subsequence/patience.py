# style: patience sorting with a hand-written binary search over pile tops and predecessor links for reconstruction
"""Longest strictly increasing subsequence in O(n log n)."""


def _lower_bound(values, tops, x) -> int:
    """First pile whose top value is >= x (pile tops are strictly increasing)."""
    lo, hi = 0, len(tops)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[tops[mid]] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _piles(nums):
    tops = []                 # tops[L] = index of the smallest tail of an increasing run of length L+1
    prev = [-1] * len(nums)   # predecessor index in the best run ending at each position
    for i, x in enumerate(nums):
        pos = _lower_bound(nums, tops, x)
        if pos > 0:
            prev[i] = tops[pos - 1]
        if pos == len(tops):
            tops.append(i)
        else:
            tops[pos] = i
    return tops, prev


def length_of_lis(nums) -> int:
    tops, _ = _piles(nums)
    return len(tops)


def longest_increasing_subsequence(nums) -> list:
    tops, prev = _piles(nums)
    if not tops:
        return []
    out = []
    i = tops[-1]
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    out.reverse()
    return out
