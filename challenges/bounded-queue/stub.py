"""A thread-safe bounded FIFO queue for producer and consumer threads."""


class BoundedQueue:
    """A FIFO queue holding at most `maxsize` items, safe to share between threads."""

    def __init__(self, maxsize: int) -> None:
        """Create an empty queue holding at most `maxsize` items (ValueError if < 1)."""
        raise NotImplementedError

    def put(self, item, timeout: float | None = None) -> None:
        """Append `item`, blocking while the queue is full.

        With a timeout, raise queue.Full if no room appeared within about `timeout` seconds.
        """
        raise NotImplementedError

    def get(self, timeout: float | None = None):
        """Remove and return the oldest item, blocking while the queue is empty.

        With a timeout, raise queue.Empty if no item arrived within about `timeout` seconds.
        """
        raise NotImplementedError

    def qsize(self) -> int:
        """Return the number of items in the queue now."""
        raise NotImplementedError
