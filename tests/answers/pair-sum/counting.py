# style: hash-based, counts every value with collections.Counter then looks up complements
"""Pair sum with a value counter: O(n) lookups plus sorting the (at most n) pairs."""

from collections import Counter


def find_pairs(nums: list[int], target: int) -> list[tuple[int, int]]:
    counts = Counter(nums)
    pairs = []
    for a in counts:
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    pairs.sort()
    return pairs
