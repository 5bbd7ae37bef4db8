# style: md5 64-bit points in a sorted list with bisect; point -> node dict
"""A consistent hash ring with virtual nodes."""

import bisect
import hashlib


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes: int = 100) -> None:
        if vnodes < 1:
            raise ValueError("vnodes must be at least 1")
        self.vnodes = vnodes
        self._points: list[int] = []
        self._owner: dict[int, str] = {}
        self._nodes: set[str] = set()
        for node in nodes:
            self.add_node(node)

    def add_node(self, node: str) -> None:
        if node in self._nodes:
            return
        self._nodes.add(node)
        for i in range(self.vnodes):
            point = _hash(f"{node}#{i}")
            if point in self._owner:      # astronomically rare 64-bit clash: keep the first owner
                continue
            self._owner[point] = node
            bisect.insort(self._points, point)

    def remove_node(self, node: str) -> None:
        if node not in self._nodes:
            return
        self._nodes.discard(node)
        self._points = [p for p in self._points if self._owner[p] != node]
        self._owner = {p: n for p, n in self._owner.items() if n != node}

    def get_node(self, key: str) -> str:
        if not self._points:
            raise ValueError("the ring has no nodes")
        idx = bisect.bisect_left(self._points, _hash(key))
        if idx == len(self._points):
            idx = 0
        return self._owner[self._points[idx]]
