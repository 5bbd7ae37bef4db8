"""Reference pair sum: count the values, then pair each distinct value with its complement.

Counting is O(n); each distinct value `a` looks up `target - a` in O(1). A pair
is reported from its smaller side only (a < b), and (a, a) only when `a` occurs
at least twice. Sorting the at most n distinct values makes the whole thing
O(n log n). The caller's list is only read.
"""

from collections import Counter


def find_pairs(nums: list[int], target: int) -> list[tuple[int, int]]:
    """Return the sorted, distinct pairs (a, b), a <= b, a + b == target, from two positions."""
    counts = Counter(nums)
    pairs = []
    for a in sorted(counts):
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
