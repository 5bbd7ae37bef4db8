# expect: failed
# caught-by: trap
# why: hash(key) % number_of_nodes with a stable md5: adding an 11th node moves about 10/11 of the keys, most of them between old nodes
import hashlib


class ConsistentHashRing:
    def __init__(self, nodes=(), vnodes=100):
        self.nodes = list(nodes)
        self.vnodes = vnodes

    def add_node(self, node):
        self.nodes.append(node)

    def remove_node(self, node):
        self.nodes.remove(node)

    def get_node(self, key):
        if not self.nodes:
            raise ValueError("no nodes")
        h = int(hashlib.md5(key.encode()).hexdigest(), 16)
        return self.nodes[h % len(self.nodes)]
