# expect: failed
# caught-by: error
# why: an empty ring returns None from get_node instead of raising ValueError
import bisect
import hashlib


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self.vnodes = vnodes
        self.keys = []
        self.owner = {}
        for n in nodes:
            self.add_node(n)

    def add_node(self, node):
        for i in range(self.vnodes):
            h = int(hashlib.md5(f"{node}_{i}".encode()).hexdigest(), 16)
            self.owner[h] = node
            bisect.insort(self.keys, h)

    def remove_node(self, node):
        for i in range(self.vnodes):
            h = int(hashlib.md5(f"{node}_{i}".encode()).hexdigest(), 16)
            self.owner.pop(h, None)
        self.keys = [k for k in self.keys if k in self.owner]

    def get_node(self, key):
        if not self.keys:
            return None
        h = int(hashlib.md5(key.encode()).hexdigest(), 16)
        i = bisect.bisect(self.keys, h)
        if i == len(self.keys):
            i = 0
        return self.owner[self.keys[i]]
