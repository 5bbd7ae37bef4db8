"""Runs beside the submission: the probe's target, which keeps the result out of the wire."""

import pair_sum


def pair_count(nums, target):
    """Probe target: call find_pairs and report only how many pairs came back."""
    return len(pair_sum.find_pairs(nums, target))
