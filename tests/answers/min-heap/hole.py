# style: "hole" sifting like CPython's heapq (move the hole down to a leaf, then bubble the item up), module-level helpers
"""Min-heap with hole-based sifting: items are moved, not swapped."""


def _bubble_up(a: list, start: int, pos: int) -> None:
    """Move a[pos] up towards `start` while it is smaller than its parent."""
    item = a[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = a[parent]
        if item < p:
            a[pos] = p
            pos = parent
        else:
            break
    a[pos] = item


def _hole_down(a: list, pos: int) -> None:
    """Sink a[pos]: walk the hole to a leaf along smaller children, then bubble the item back up."""
    end = len(a)
    start = pos
    item = a[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not a[child] < a[right]:
            child = right
        a[pos] = a[child]
        pos = child
        child = 2 * pos + 1
    a[pos] = item
    _bubble_up(a, start, pos)


class MinHeap:
    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items = []

    def __len__(self) -> int:
        return len(self._items)

    def push(self, x) -> None:
        self._items.append(x)
        _bubble_up(self._items, 0, len(self._items) - 1)

    def pop(self):
        items = self._items
        try:
            last = items.pop()
        except IndexError:
            raise IndexError("pop from empty MinHeap") from None
        if items:
            smallest, items[0] = items[0], last
            _hole_down(items, 0)
            return smallest
        return last

    def peek(self):
        try:
            return self._items[0]
        except IndexError:
            raise IndexError("peek into empty MinHeap") from None

    @classmethod
    def heapify(cls, iterable) -> "MinHeap":
        h = cls()
        h._items = [x for x in iterable]
        for i in reversed(range(len(h._items) // 2)):
            _hole_down(h._items, i)
        return h
