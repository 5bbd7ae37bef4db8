# style: counting semaphores for free slots and filled slots plus a mutex around a plain-list ring buffer; `import queue` used only for queue.Full/queue.Empty
"""Bounded blocking FIFO queue built on two semaphores (the classic producer-consumer solution)."""

import queue
import threading


class BoundedQueue:
    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._buf = [None] * maxsize  # ring buffer
        self._head = 0                # index of the oldest item
        self._count = 0
        self._mutex = threading.Lock()
        self._free = threading.Semaphore(maxsize)  # slots a producer may fill
        self._filled = threading.Semaphore(0)      # items a consumer may take

    def put(self, item, timeout=None) -> None:
        if not self._free.acquire(timeout=timeout):
            raise queue.Full
        with self._mutex:
            tail = (self._head + self._count) % len(self._buf)
            self._buf[tail] = item
            self._count += 1
        self._filled.release()

    def get(self, timeout=None):
        if not self._filled.acquire(timeout=timeout):
            raise queue.Empty
        with self._mutex:
            item = self._buf[self._head]
            self._buf[self._head] = None
            self._head = (self._head + 1) % len(self._buf)
            self._count -= 1
        self._free.release()
        return item

    def qsize(self) -> int:
        with self._mutex:
            return self._count
