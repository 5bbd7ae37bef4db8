# expect: rejected
# caught-by: rule
# why: a thin wrapper around heapq
import heapq


class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.heap = list(iterable)
        heapq.heapify(h.heap)
        return h

    def __len__(self):
        return len(self.heap)

    def push(self, x):
        heapq.heappush(self.heap, x)

    def peek(self):
        if not self.heap:
            raise IndexError("empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("empty heap")
        return heapq.heappop(self.heap)
