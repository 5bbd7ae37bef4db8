"""Longest strictly increasing subsequence: its length and one such subsequence, O(n log n)."""


def length_of_lis(nums) -> int:
    """Return the length of the longest strictly increasing subsequence of `nums` (0 if empty)."""
    raise NotImplementedError


def longest_increasing_subsequence(nums) -> list:
    """Return one longest strictly increasing subsequence of `nums`, as a list of its values.

    Any subsequence of maximal length is accepted; [] for an empty list. `nums` is not modified.
    """
    raise NotImplementedError
