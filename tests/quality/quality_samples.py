"""Sample submissions and the catalog rules shared by the quality-stage tests."""

import textwrap

# The rules the challenge specs use, exactly as they are written in TOML.
CATALOG_TOML = '''
# lru-cache
[[rules]]
id = "no-functools-cache"
description = "functools.lru_cache / functools.cache do the work this challenge asks for"
forbid_calls = ["functools.lru_cache", "functools.cache"]

[[rules]]
id = "no-ordereddict"
description = "collections.OrderedDict does the work this challenge asks for"
forbid_imports = ["collections.OrderedDict"]

# hash-map
[[rules]]
id = "no-builtin-dict-or-set"
description = "entries may not be stored in a built-in dict or set"
forbid_builtin_containers = true
in_classes = ["HashMap"]

# queue-two-stacks
[[rules]]
id = "no-library-queue"
description = "build the queue from two stacks, not from a library queue"
forbid_imports = ["collections.deque", "queue"]

[[rules]]
id = "no-list-front-ops"
description = "list.pop(0) and list.insert(0, x) shift the whole list"
forbid_calls = ["list.pop(0)", "list.insert(0)"]

# min-heap
[[rules]]
id = "no-library-heap"
description = "build the heap yourself"
forbid_imports = ["heapq", "queue.PriorityQueue"]
forbid_calls = ["sorted", "list.sort"]

# sorting
[[rules]]
id = "no-library-sort"
description = "implement the sort yourself"
forbid_imports = ["heapq"]
forbid_calls = ["sorted", "list.sort"]

# bounded-queue
[[rules]]
id = "queue-exceptions-only"
description = "the queue module only for queue.Full and queue.Empty; no multiprocessing queues"
forbid_imports = ["queue", "multiprocessing"]
allow_imports = ["queue.Full", "queue.Empty"]
'''

CHALLENGE_RULES = {
    "lru-cache": ["no-functools-cache", "no-ordereddict"],
    "hash-map": ["no-builtin-dict-or-set"],
    "queue-two-stacks": ["no-library-queue", "no-list-front-ops"],
    "min-heap": ["no-library-heap"],
    "sorting": ["no-library-sort"],
    "bounded-queue": ["queue-exceptions-only"],
}


def src(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


LRU_CLEAN = src('''
    """LRU cache from a dict of nodes and a doubly linked list."""

    from __future__ import annotations


    class _Node:
        __slots__ = ("key", "value", "prev", "next")

        def __init__(self, key: int = 0, value: int = 0) -> None:
            self.key = key
            self.value = value
            self.prev: _Node | None = None
            self.next: _Node | None = None


    class LRUCache:
        """Least-recently-used cache with O(1) get and put."""

        def __init__(self, capacity: int) -> None:
            if capacity <= 0:
                raise ValueError("capacity must be positive")
            self.capacity = capacity
            self.nodes: dict[int, _Node] = {}
            self.head = _Node()
            self.tail = _Node()
            self.head.next = self.tail
            self.tail.prev = self.head

        def _unlink(self, node: _Node) -> None:
            node.prev.next = node.next
            node.next.prev = node.prev

        def _push_front(self, node: _Node) -> None:
            node.next = self.head.next
            node.prev = self.head
            self.head.next.prev = node
            self.head.next = node

        def get(self, key: int) -> int:
            """Return the value for key, or -1, and mark it most recently used."""
            node = self.nodes.get(key)
            if node is None:
                return -1
            self._unlink(node)
            self._push_front(node)
            return node.value

        def put(self, key: int, value: int) -> None:
            """Insert or update key, evicting the least recently used entry if full."""
            node = self.nodes.get(key)
            if node is not None:
                node.value = value
                self._unlink(node)
                self._push_front(node)
                return
            if len(self.nodes) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.nodes[lru.key]
            node = _Node(key, value)
            self.nodes[key] = node
            self._push_front(node)
''')

HASH_MAP_CLEAN = src('''
    class HashMap:
        """Separate chaining over a list of buckets."""

        def __init__(self, capacity: int = 8) -> None:
            self._buckets: list[list[tuple[object, object]]] = [[] for _ in range(capacity)]
            self._size = 0

        def _bucket(self, key):
            return self._buckets[hash(key) % len(self._buckets)]

        def put(self, key, value) -> None:
            bucket = self._bucket(key)
            for i, (k, _) in enumerate(bucket):
                if k == key:
                    bucket[i] = (key, value)
                    return
            bucket.append((key, value))
            self._size += 1
            if self._size > 2 * len(self._buckets):
                self._grow()

        def get(self, key, default=None):
            for k, v in self._bucket(key):
                if k == key:
                    return v
            return default

        def _grow(self) -> None:
            items = [pair for bucket in self._buckets for pair in bucket]
            self._buckets = [[] for _ in range(2 * len(self._buckets))]
            for key, value in items:
                self._bucket(key).append((key, value))
''')

TWO_STACKS_CLEAN = src('''
    class Queue:
        def __init__(self):
            self._inbox = []
            self._outbox = []

        def push(self, item):
            self._inbox.append(item)

        def pop(self):
            if not self._outbox:
                while self._inbox:
                    self._outbox.append(self._inbox.pop())
            return self._outbox.pop()

        def peek(self):
            item = self.pop()
            self._outbox.append(item)
            return item
''')

MIN_HEAP_CLEAN = src('''
    class MinHeap:
        def __init__(self):
            self.items = []

        def push(self, item):
            self.items.append(item)
            child = len(self.items) - 1
            while child and self.items[(child - 1) // 2] > self.items[child]:
                parent = (child - 1) // 2
                self.items[parent], self.items[child] = self.items[child], self.items[parent]
                child = parent

        def pop(self):
            last = self.items.pop()
            if not self.items:
                return last
            top, self.items[0] = self.items[0], last
            i = 0
            while True:
                smallest = min(
                    (j for j in (i, 2 * i + 1, 2 * i + 2) if j < len(self.items)),
                    key=self.items.__getitem__,
                )
                if smallest == i:
                    return top
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
''')

SORTING_CLEAN = src('''
    def merge_sort(items):
        if len(items) <= 1:
            return list(items)
        mid = len(items) // 2
        left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
        out = []
        while left and right:
            out.append(left.pop() if left[-1] > right[-1] else right.pop())
        out.extend(reversed(left or right))
        out.reverse()
        return out
''')

BOUNDED_QUEUE_CLEAN = src('''
    import queue
    import threading
    from queue import Empty


    class BoundedQueue:
        def __init__(self, capacity):
            self._items = [None] * capacity
            self._head = self._size = 0
            self._lock = threading.Lock()

        def put_nowait(self, item):
            with self._lock:
                if self._size == len(self._items):
                    raise queue.Full
                self._items[(self._head + self._size) % len(self._items)] = item
                self._size += 1

        def get_nowait(self):
            with self._lock:
                if not self._size:
                    raise Empty
                item = self._items[self._head]
                self._head = (self._head + 1) % len(self._items)
                self._size -= 1
                return item
''')

CLEAN_SOLUTIONS = {
    "lru-cache": LRU_CLEAN,
    "hash-map": HASH_MAP_CLEAN,
    "queue-two-stacks": TWO_STACKS_CLEAN,
    "min-heap": MIN_HEAP_CLEAN,
    "sorting": SORTING_CLEAN,
    "bounded-queue": BOUNDED_QUEUE_CLEAN,
}

# One canonical cheat per challenge rule: (rule id, source, line of the violation).
CHEATS = {
    "no-functools-cache": ("from functools import lru_cache\n", 1),
    "no-ordereddict": ("import collections\nd = collections.OrderedDict()\n", 2),
    "no-builtin-dict-or-set": ("class HashMap:\n    def __init__(self):\n        self.d = {}\n", 3),
    "no-library-queue": ("from collections import deque\n", 1),
    "no-list-front-ops": ("xs = [1, 2]\nxs.pop(0)\n", 2),
    "no-library-heap": ("import heapq\n", 1),
    "no-library-sort": ("def f(xs):\n    return sorted(xs)\n", 2),
    "queue-exceptions-only": ("import queue\nq = queue.Queue(maxsize=3)\n", 2),
}
