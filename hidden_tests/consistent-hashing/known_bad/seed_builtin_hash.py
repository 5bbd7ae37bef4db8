# expect: failed
# caught-by: trap
# why: the seed's answer: get_node(hash(key)) with Python's built-in hash(), which is salted per process, so another process (another PYTHONHASHSEED) maps keys to other nodes
import bisect


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self.vnodes = vnodes
        self.ring = {}
        self.sorted_keys = []
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        for i in range(self.vnodes):
            h = hash(f"{node}:{i}")
            self.ring[h] = node
            bisect.insort(self.sorted_keys, h)

    def remove_node(self, node):
        for i in range(self.vnodes):
            h = hash(f"{node}:{i}")
            del self.ring[h]
            self.sorted_keys.remove(h)

    def get_node(self, key):
        if not self.ring:
            raise ValueError("empty ring")
        idx = bisect.bisect(self.sorted_keys, hash(key)) % len(self.sorted_keys)
        return self.ring[self.sorted_keys[idx]]
