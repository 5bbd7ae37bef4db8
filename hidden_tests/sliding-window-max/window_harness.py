"""Runs beside the submission: the probe's target, which keeps the result out of the wire."""

import sliding_window_max


def window_maxima(nums, k):
    """Probe target: max_sliding_window's maxima, as a list (checked against the reference's;
    the grader fetches them after the timed call)."""
    return list(sliding_window_max.max_sliding_window(nums, k))
