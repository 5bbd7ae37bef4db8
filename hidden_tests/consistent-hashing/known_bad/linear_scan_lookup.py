# expect: failed
# caught-by: probe
# why: correct ring, but get_node walks the sorted points one by one: O(n * vnodes) per lookup instead of a binary search
import hashlib


def _h(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:16], 16)


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self.vnodes = vnodes
        self.points = []  # sorted (hash, node)
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        self.points.extend((_h(f"{node}-{i}"), node) for i in range(self.vnodes))
        self.points.sort()

    def remove_node(self, node):
        self.points = [p for p in self.points if p[1] != node]

    def get_node(self, key):
        if not self.points:
            raise ValueError("ring is empty")
        h = _h(key)
        for point, node in self.points:
            if point >= h:
                return node
        return self.points[0][1]
