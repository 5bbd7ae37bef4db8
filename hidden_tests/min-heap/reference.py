"""Reference binary min-heap stored in a list.

The children of index i are 2i+1 and 2i+2, its parent (i-1)//2, and every
parent is <= its children, so the smallest item sits at index 0. push appends
and sifts up, pop moves the last item to the root and sifts down: O(log n)
comparisons each. heapify copies the input and sifts down every internal node
from the last one to the root: a node at height h costs O(h), and summing the
heights over the tree gives O(n) comparisons in total. Items are compared
with `<` only.
"""

from collections.abc import Iterable
from typing import Any


class MinHeap:
    """A priority queue that always gives back its smallest item first."""

    def __init__(self) -> None:
        self._items: list = []

    @classmethod
    def heapify(cls, iterable: Iterable) -> "MinHeap":
        """A new heap holding the items of `iterable`, built bottom-up in O(n)."""
        heap = cls()
        heap._items = list(iterable)  # a copy: the caller's list is never touched
        for i in range(len(heap._items) // 2 - 1, -1, -1):
            heap._sift_down(i)
        return heap

    def __len__(self) -> int:
        """The number of items in the heap."""
        return len(self._items)

    def push(self, x: Any) -> None:
        """Add `x` in O(log n)."""
        self._items.append(x)
        self._sift_up(len(self._items) - 1)

    def peek(self) -> Any:
        """The smallest item; IndexError when the heap is empty."""
        if not self._items:
            raise IndexError("peek from an empty heap")
        return self._items[0]

    def pop(self) -> Any:
        """Remove and return the smallest item in O(log n); IndexError when empty."""
        items = self._items
        if not items:
            raise IndexError("pop from an empty heap")
        last = items.pop()
        if not items:
            return last
        smallest, items[0] = items[0], last
        self._sift_down(0)
        return smallest

    def _sift_up(self, i: int) -> None:
        items = self._items
        item = items[i]
        while i > 0:
            parent = (i - 1) // 2
            if not item < items[parent]:
                break
            items[i] = items[parent]
            i = parent
        items[i] = item

    def _sift_down(self, i: int) -> None:
        items, n = self._items, len(self._items)
        item = items[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if not items[child] < item:
                break
            items[i] = items[child]
            i = child
        items[i] = item
