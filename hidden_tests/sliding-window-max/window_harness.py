"""Runs beside the submission: the probe's target, which keeps the result out of the wire."""

import sliding_window_max


def window_count(nums, k):
    """Probe target: call max_sliding_window and report only how many maxima came back."""
    return len(sliding_window_max.max_sliding_window(nums, k))
