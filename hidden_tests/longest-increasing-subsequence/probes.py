"""Inputs for the performance probes: random values (an LIS of about 2*sqrt(n))."""


def random_values(n, rng):
    return [[rng.randrange(10**9) for _ in range(n)]]


def _subsequence_check(args, result, expected):
    """Any strictly increasing subsequence of the input as long as the reference's is right."""
    nums = args[0]
    if not isinstance(result, list):
        return f"a {type(result).__name__}, not a list"
    if len(result) != len(expected):
        return f"a subsequence of {len(result)} items where the longest has {len(expected)}"
    if any(a >= b for a, b in zip(result, result[1:], strict=False)):
        return "a subsequence that is not strictly increasing"
    position = iter(nums)
    if not all(any(value == x for x in position) for value in result):
        return "items that are not a subsequence of the input"
    return None


CHECKS = {"subsequence-random": _subsequence_check}
