"""Runs beside the submission: the probes' targets, which keep results out of the wire."""

import longest_increasing_subsequence as lis


def length_only(nums):
    """Probe target: length_of_lis (already a single number)."""
    return lis.length_of_lis(nums)


def subsequence_length(nums):
    """Probe target: longest_increasing_subsequence, reporting only the length of the result."""
    return len(lis.longest_increasing_subsequence(nums))
