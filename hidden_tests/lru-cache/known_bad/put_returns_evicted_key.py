# expect: failed
# caught-by: basic
# why: put returns what it displaced (the old value on an update, the evicted key when full) instead of None
"""Reference LRU cache: a dict of nodes plus a doubly linked list with sentinels.

The dict finds a node in O(1); the list keeps recency order, so moving a node
to the front and dropping the one at the back are O(1) pointer updates.
"""


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    """A fixed-capacity cache that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self._nodes: dict = {}
        # Sentinels: head.next is the most recent entry, tail.prev the least recent.
        self._head, self._tail = _Node(), _Node()
        self._head.next, self._tail.prev = self._tail, self._head

    def get(self, key):
        node = self._nodes.get(key)
        if node is None:
            return -1
        self._move_to_front(node)
        return node.value

    def put(self, key, value) -> None:
        node = self._nodes.get(key)
        if node is not None:
            old, node.value = node.value, value
            self._move_to_front(node)
            return old
        evicted = None
        if len(self._nodes) >= self.capacity:
            oldest = self._tail.prev
            self._unlink(oldest)
            del self._nodes[oldest.key]
            evicted = oldest.key
        node = _Node(key, value)
        self._nodes[key] = node
        self._link_front(node)
        return evicted

    def _unlink(self, node: _Node) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _link_front(self, node: _Node) -> None:
        node.prev, node.next = self._head, self._head.next
        self._head.next.prev = node
        self._head.next = node

    def _move_to_front(self, node: _Node) -> None:
        self._unlink(node)
        self._link_front(node)
