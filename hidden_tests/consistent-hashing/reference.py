"""Reference consistent hash ring.

Every node is hashed onto a 64-bit ring at `vnodes` points, labelled
"<node>#<i>". The points are kept in one sorted list with a parallel list of
owners; a key hashes to a point on the same ring and belongs to the owner of
the first point at or after it (wrapping to the start), found with bisect in
O(log(n * vnodes)).

The hash is blake2b from hashlib: fixed across processes and platforms, unlike
the built-in hash(), which Python salts per process.
"""

from bisect import bisect_left
from collections.abc import Iterable
from hashlib import blake2b


def _point(label: str) -> int:
    return int.from_bytes(blake2b(label.encode("utf-8"), digest_size=8).digest(), "big")


class ConsistentHashRing:
    """Maps string keys to string node names; adding a node moves only keys onto it."""

    def __init__(self, nodes: Iterable[str] = (), vnodes: int = 100) -> None:
        if vnodes < 1:
            raise ValueError(f"vnodes must be at least 1, got {vnodes}")
        self.vnodes = vnodes
        self._nodes: set[str] = set()
        self._points: list[int] = []
        self._owners: list[str] = []
        self._place(list(nodes))

    def add_node(self, node: str) -> None:
        """Place `node` at its `vnodes` points (no change if it is already there)."""
        self._place([node])

    def remove_node(self, node: str) -> None:
        """Take all of `node`'s points off the ring; KeyError if it is not there."""
        if node not in self._nodes:
            raise KeyError(node)
        self._nodes.remove(node)
        kept = [(p, o) for p, o in zip(self._points, self._owners, strict=True) if o != node]
        self._points = [p for p, _ in kept]
        self._owners = [o for _, o in kept]

    def get_node(self, key: str) -> str:
        """The owner of the first point at or after hash(key), wrapping around."""
        if not self._points:
            raise ValueError("the ring has no nodes")
        i = bisect_left(self._points, _point(key))
        return self._owners[i if i < len(self._points) else 0]

    def _place(self, nodes: list[str]) -> None:
        new = [n for n in dict.fromkeys(nodes) if n not in self._nodes]
        if not new:
            return
        self._nodes.update(new)
        merged = list(zip(self._points, self._owners, strict=True))
        merged += [(_point(f"{n}#{i}"), n) for n in new for i in range(self.vnodes)]
        merged.sort()
        self._points = [p for p, _ in merged]
        self._owners = [o for _, o in merged]
