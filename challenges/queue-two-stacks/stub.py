"""Queue with two stacks: a FIFO queue built from two LIFO stacks, amortized O(1)."""


class QueueWithStacks:
    """A first-in, first-out queue whose storage is two stacks (Python lists)."""

    def __init__(self) -> None:
        """Create an empty queue."""
        raise NotImplementedError

    def enqueue(self, x) -> None:
        """Add `x` at the back of the queue."""
        raise NotImplementedError

    def dequeue(self):
        """Remove and return the item at the front; IndexError when the queue is empty."""
        raise NotImplementedError

    def peek(self):
        """Return the item at the front without removing it; IndexError when empty."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of items in the queue."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True when the queue holds no items."""
        raise NotImplementedError
