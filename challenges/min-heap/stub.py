"""Min heap: a binary heap in a list, with O(log n) push and pop and O(n) heapify."""


class MinHeap:
    """A priority queue that always gives back its smallest item first."""

    def __init__(self) -> None:
        """Create an empty heap."""
        raise NotImplementedError

    def push(self, x) -> None:
        """Add `x` to the heap."""
        raise NotImplementedError

    def pop(self):
        """Remove and return the smallest item; IndexError when the heap is empty."""
        raise NotImplementedError

    def peek(self):
        """Return the smallest item without removing it; IndexError when the heap is empty."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of items in the heap."""
        raise NotImplementedError

    @classmethod
    def heapify(cls, iterable) -> "MinHeap":
        """A new heap holding the items of `iterable`, built in O(n)."""
        raise NotImplementedError
