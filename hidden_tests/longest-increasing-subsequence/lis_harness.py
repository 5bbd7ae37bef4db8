"""Runs beside the submission: the probes' targets, which keep results out of the wire."""

import longest_increasing_subsequence as lis


def length_only(nums):
    """Probe target: length_of_lis (already a single number)."""
    return lis.length_of_lis(nums)


def subsequence(nums):
    """Probe target: longest_increasing_subsequence's answer, as a list (any subsequence of
    maximal length is right: probes.py's check)."""
    return list(lis.longest_increasing_subsequence(nums))
