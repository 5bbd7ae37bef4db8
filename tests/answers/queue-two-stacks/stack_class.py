# style: explicit Stack abstraction (push/pop/top/size) wrapped around a list; the queue only talks to two Stack objects
"""Queue from two stacks, with the stacks as their own small class."""


class Stack:
    """A LIFO stack over a Python list (only the end of the list is touched)."""

    def __init__(self) -> None:
        self._items = []

    def push(self, x) -> None:
        self._items.append(x)

    def pop(self):
        return self._items.pop()

    def top(self):
        return self._items[-1]

    def size(self) -> int:
        return len(self._items)


class QueueWithStacks:
    def __init__(self) -> None:
        self._inbox = Stack()   # newest item on top
        self._outbox = Stack()  # oldest item on top

    def _refill(self) -> None:
        """Move everything from inbox to outbox, but only when outbox is empty."""
        if self._outbox.size() == 0:
            while self._inbox.size() > 0:
                self._outbox.push(self._inbox.pop())

    def enqueue(self, x) -> None:
        self._inbox.push(x)

    def dequeue(self):
        self._refill()
        if self._outbox.size() == 0:
            raise IndexError("dequeue from an empty queue")
        return self._outbox.pop()

    def peek(self):
        self._refill()
        if self._outbox.size() == 0:
            raise IndexError("peek at an empty queue")
        return self._outbox.top()

    def __len__(self) -> int:
        return self._inbox.size() + self._outbox.size()

    def is_empty(self) -> bool:
        return len(self) == 0
