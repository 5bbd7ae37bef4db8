# expect: failed
# caught-by: probe
# why: keeps the points in a dict and sorts its keys on every get_node: O(n log n) per lookup
import bisect
import hashlib


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self.vnodes = vnodes
        self.ring = {}
        for node in nodes:
            self.add_node(node)

    def _hash(self, value):
        return int.from_bytes(hashlib.sha1(value.encode()).digest()[:8], "big")

    def add_node(self, node):
        for i in range(self.vnodes):
            self.ring[self._hash(f"{node}#{i}")] = node

    def remove_node(self, node):
        self.ring = {h: n for h, n in self.ring.items() if n != node}

    def get_node(self, key):
        if not self.ring:
            raise ValueError("no nodes in the ring")
        points = sorted(self.ring)
        i = bisect.bisect_left(points, self._hash(key))
        return self.ring[points[i % len(points)]]
