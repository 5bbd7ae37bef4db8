"""Pair sum: every distinct pair of values that adds up to a target, in O(n log n) at most."""


def find_pairs(nums: list[int], target: int) -> list[tuple[int, int]]:
    """Return the sorted list of distinct pairs (a, b), a <= b, a + b == target.

    `a` and `b` come from two different positions of `nums`, so (x, x) needs x
    twice. Each pair appears once. `nums` is not modified.
    """
    raise NotImplementedError
