# expect: rejected
# caught-by: rule
# why: delegates to queue.PriorityQueue, which the rules forbid (no-library-heap)
from queue import Empty, PriorityQueue


class MinHeap:
    def __init__(self):
        self._q = PriorityQueue()
        self._n = 0

    def push(self, x):
        self._q.put((x, self._n))
        self._n += 1

    def pop(self):
        try:
            return self._q.get_nowait()[0]
        except Empty:
            raise IndexError("pop from an empty heap") from None

    def peek(self):
        if self._q.empty():
            raise IndexError("peek at an empty heap")
        return self._q.queue[0][0]

    def __len__(self):
        return self._q.qsize()

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        for x in iterable:
            heap.push(x)
        return heap
