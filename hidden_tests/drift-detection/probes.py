"""Probe inputs: the sample size and a seed; the harness builds both samples in the sandbox."""


def two_samples(n, rng):
    return [n, rng.randrange(2**31)]
