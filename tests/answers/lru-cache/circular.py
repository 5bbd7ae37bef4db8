# style: one circular root sentinel with links stored as 4-slot lists [prev, next, key, value] (functools-style)
"""LRU cache: a dict maps each key to its link in a circular doubly linked list."""

PREV, NEXT, KEY, VALUE = 0, 1, 2, 3


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if not capacity >= 1:
            raise ValueError("LRUCache capacity must be >= 1")
        self._capacity = capacity
        self._map = {}
        root = []
        root[:] = [root, root, None, None]
        self._root = root  # root[NEXT] is the oldest link, root[PREV] the newest

    def _move_to_front(self, link) -> None:
        # detach
        link[PREV][NEXT] = link[NEXT]
        link[NEXT][PREV] = link[PREV]
        # attach just before root (newest position)
        root = self._root
        last = root[PREV]
        last[NEXT] = link
        link[PREV] = last
        link[NEXT] = root
        root[PREV] = link

    def get(self, key):
        link = self._map.get(key)
        if link is None:
            return -1
        self._move_to_front(link)
        return link[VALUE]

    def put(self, key, value) -> None:
        link = self._map.get(key)
        if link is not None:
            link[VALUE] = value
            self._move_to_front(link)
            return
        root = self._root
        if len(self._map) >= self._capacity:
            oldest = root[NEXT]
            root[NEXT] = oldest[NEXT]
            oldest[NEXT][PREV] = root
            del self._map[oldest[KEY]]
        last = root[PREV]
        link = [last, root, key, value]
        last[NEXT] = link
        root[PREV] = link
        self._map[key] = link
