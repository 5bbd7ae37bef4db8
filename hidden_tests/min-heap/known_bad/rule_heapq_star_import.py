# expect: rejected
# caught-by: rule
# why: evasion: heapq's functions pulled in with a star import, so "heapq." never appears at a call
from heapq import *  # noqa: F403


class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.heap = list(iterable)
        heapify(h.heap)  # noqa: F405
        return h

    def __len__(self):
        return len(self.heap)

    def push(self, x):
        heappush(self.heap, x)  # noqa: F405

    def peek(self):
        if not self.heap:
            raise IndexError("empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("empty heap")
        return heappop(self.heap)  # noqa: F405
