"""Inputs for the performance probe: random values with a window of half the list."""


def half_window(n, rng):
    """n random ints and k = n/2, where a brute force costs O(n*k) = O(n^2)."""
    return [[rng.randrange(-10**6, 10**6) for _ in range(n)], max(1, n // 2)]
