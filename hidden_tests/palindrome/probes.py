"""Probe inputs for palindrome: the harness builds the string of length n."""


def length(n, rng):
    return [n]
