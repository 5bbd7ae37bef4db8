"""Runs beside the submission: the probe's target, which keeps the result out of the wire."""

import pair_sum


def pairs(nums, target):
    """Probe target: find_pairs's pairs, as lists (checked against the reference's; the
    grader fetches them after the timed call)."""
    return [list(pair) for pair in pair_sum.find_pairs(nums, target)]
