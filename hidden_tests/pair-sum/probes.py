"""Inputs for the performance probe: n random values and a target with many pairs."""


def random_values(n, rng):
    """n ints drawn from [-n, n] (some repeats) and a target near 0 that many pairs reach."""
    return [[rng.randint(-n, n) for _ in range(n)], rng.randint(-10, 10)]
