# style: blake2b points; per-node point lists, parallel sorted (points, owners) arrays rebuilt on membership change
"""Consistent hashing with rebuilt parallel arrays and a bisect lookup."""

from bisect import bisect_left
from hashlib import blake2b


def _point(label: str) -> int:
    return int.from_bytes(blake2b(label.encode("utf-8"), digest_size=8).digest(), "little")


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self._vnodes = max(1, int(vnodes))
        self._node_points = {}          # node -> list of its points
        self._keys = []                 # sorted points
        self._vals = []                 # owner of each point, aligned with _keys
        for node in list(nodes):
            self._node_points[node] = [_point(f"{node}-vn{i}") for i in range(self._vnodes)]
        self._rebuild()

    def _rebuild(self):
        pairs = sorted((p, n) for n, pts in self._node_points.items() for p in pts)
        self._keys = [p for p, _ in pairs]
        self._vals = [n for _, n in pairs]

    def add_node(self, node):
        if node not in self._node_points:
            self._node_points[node] = [_point(f"{node}-vn{i}") for i in range(self._vnodes)]
            self._rebuild()

    def remove_node(self, node):
        if self._node_points.pop(node, None) is not None:
            self._rebuild()

    def get_node(self, key):
        if not self._keys:
            raise ValueError("empty ring")
        i = bisect_left(self._keys, _point(key))
        return self._vals[i % len(self._keys)]
