"""Probe inputs for consistent-hashing (run in the grader, crossing as data).

n is the number of points on the ring. It grows through vnodes with a fixed
8 nodes, so that building the ring stays cheap for answers that re-sort their
points after each add_node (the probe times lookups only, and add_node's cost
is not part of the contract).
"""

NODES = 8
LOOKUPS = 4000


def ring_lookups(n, rng):
    """8 nodes with n // 8 points each, and 4 000 random keys to look up."""
    keys = [f"key-{rng.getrandbits(48):012x}" for _ in range(LOOKUPS)]
    return [NODES, max(1, n // NODES), keys]
