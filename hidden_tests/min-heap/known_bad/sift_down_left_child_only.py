# expect: failed
# caught-by: basic
# why: pop sifts down by comparing with the left child only, so a smaller right child is never promoted
class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        for x in iterable:
            h.push(x)
        return h

    def __len__(self):
        return len(self.heap)

    def push(self, val):
        self.heap.append(val)
        self._bubble_up(len(self.heap) - 1)

    def _bubble_up(self, idx):
        parent = (idx - 1) // 2
        if idx > 0 and self.heap[idx] < self.heap[parent]:
            self.heap[idx], self.heap[parent] = self.heap[parent], self.heap[idx]
            self._bubble_up(parent)

    def peek(self):
        if not self.heap:
            raise IndexError("peek from empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty heap")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            while 2 * i + 1 < len(self.heap) and self.heap[2 * i + 1] < self.heap[i]:
                self.heap[i], self.heap[2 * i + 1] = self.heap[2 * i + 1], self.heap[i]
                i = 2 * i + 1
        return top
