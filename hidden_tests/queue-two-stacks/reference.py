"""Reference queue from two stacks.

`_inbox` receives enqueued items; `_outbox` holds items in dequeue order (its
top is the front of the queue). Only when the outbox is empty is the inbox
poured into it, reversing it once. Each item is pushed and popped at most
twice in its life, so any n operations cost O(n): amortized O(1) each.
"""

from typing import Any


class QueueWithStacks:
    """A first-in, first-out queue whose storage is two stacks (Python lists)."""

    def __init__(self) -> None:
        self._inbox: list = []
        self._outbox: list = []

    def enqueue(self, x: Any) -> None:
        """Add `x` at the back of the queue."""
        self._inbox.append(x)

    def dequeue(self) -> Any:
        """Remove and return the front item; IndexError when the queue is empty."""
        self._refill()
        return self._outbox.pop()

    def peek(self) -> Any:
        """The front item, left in place; IndexError when the queue is empty."""
        self._refill()
        return self._outbox[-1]

    def __len__(self) -> int:
        """The number of items in the queue."""
        return len(self._inbox) + len(self._outbox)

    def is_empty(self) -> bool:
        """True when the queue holds no items."""
        return not self._inbox and not self._outbox

    def _refill(self) -> None:
        """Make the outbox's top the front item, or raise IndexError if there is none."""
        if not self._outbox:
            if not self._inbox:
                raise IndexError("the queue is empty")
            while self._inbox:
                self._outbox.append(self._inbox.pop())
