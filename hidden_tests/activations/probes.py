"""Probe inputs: the size and a seed; the harness builds the array inside the sandbox."""


def values(n, rng):
    return [n, rng.randrange(2**31)]
