# expect: failed
# caught-by: mutation
# why: heapify adopts the caller's list as its storage and rearranges it in place
class MinHeap:
    def __init__(self, items=None):
        self.heap = items if items is not None else []

    @classmethod
    def heapify(cls, iterable):
        items = iterable if isinstance(iterable, list) else list(iterable)
        h = cls(items)
        for i in range(len(items) // 2 - 1, -1, -1):
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
        if not self.heap:
            raise IndexError("empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("empty heap")
        self.heap[0], self.heap[-1] = self.heap[-1], self.heap[0]
        top = self.heap.pop()
        self._down(0)
        return top
