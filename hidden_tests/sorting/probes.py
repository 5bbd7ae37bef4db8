"""Inputs for the performance probes: the four shapes that break naive sorts."""


def random_items(n, rng):
    return [[rng.randrange(10**9) for _ in range(n)]]


def sorted_items(n, rng):
    return [list(range(n))]


def reversed_items(n, rng):
    return [list(range(n, 0, -1))]


def equal_items(n, rng):
    return [[7] * n]


def four_shapes(n, rng):
    """Four lists of n items: random, sorted, reversed, all equal (one call sorts each)."""
    shapes = (random_items, sorted_items, reversed_items, equal_items)
    return [shape(n, rng)[0] for shape in shapes]
