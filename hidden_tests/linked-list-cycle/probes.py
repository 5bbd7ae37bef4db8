"""Probe inputs for linked-list-cycle: an n-node list whose tail links back to node n/2."""


def cycle_in_the_middle(n, rng):
    """Arguments of list_harness.build_and_detect / detect_peak_bytes."""
    return [n, n // 2]
