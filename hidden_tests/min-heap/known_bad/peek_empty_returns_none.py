# expect: failed
# caught-by: error
# why: peek and pop on an empty heap return None instead of raising IndexError
class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.heap = list(iterable)
        for i in range(len(h.heap) // 2 - 1, -1, -1):
            h._down(i)
        return h

    def __len__(self):
        return len(self.heap)

    def push(self, x):
        self.heap.append(x)
        i = len(self.heap) - 1
        while i > 0:
            p = (i - 1) // 2
            if not self.heap[i] < self.heap[p]:
                break
            self.heap[i], self.heap[p] = self.heap[p], self.heap[i]
            i = p

    def _down(self, i):
        n = len(self.heap)
        while True:
            c = 2 * i + 1
            if c >= n:
                return
            if c + 1 < n and self.heap[c + 1] < self.heap[c]:
                c += 1
            if not self.heap[c] < self.heap[i]:
                return
            self.heap[i], self.heap[c] = self.heap[c], self.heap[i]
            i = c

    def peek(self):
        return self.heap[0] if self.heap else None

    def pop(self):
        if not self.heap:
            return None
        self.heap[0], self.heap[-1] = self.heap[-1], self.heap[0]
        top = self.heap.pop()
        self._down(0)
        return top
