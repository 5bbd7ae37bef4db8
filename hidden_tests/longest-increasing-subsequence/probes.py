"""Inputs for the performance probes: random values (an LIS of about 2*sqrt(n))."""


def random_values(n, rng):
    return [[rng.randrange(10**9) for _ in range(n)]]
