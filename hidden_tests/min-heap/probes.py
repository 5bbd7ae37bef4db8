"""Probe inputs for min-heap."""


def descending(n, rng):
    """Arguments of heap_harness.heapify_comparisons: n distinct values, descending.

    Descending is the worst case for pushing one by one (every push climbs to
    the root: about n log2 n comparisons); bottom-up heapify stays near 2n.
    """
    return [sorted(rng.sample(range(10 * n), n), reverse=True)]


def heap_and_extra(n, rng):
    """Arguments of heap_harness.push_pop_comparisons: n random values, then 64 more."""
    return [[rng.random() for _ in range(n)], [rng.random() for _ in range(64)]]
