"""Inputs for leak-hunt's memory probes: each call's positional arguments."""


def steps(n, rng):
    """n training steps of one trainer, on data seeded from rng."""
    return [n, rng.randrange(1 << 30)]


def trainers(n, rng):
    """n trainers, each trained for a few steps and closed, one after the other."""
    return [n, rng.randrange(1 << 30)]
