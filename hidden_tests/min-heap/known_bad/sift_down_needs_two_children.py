# expect: failed
# caught-by: edge
# why: sift-down loops only while a node has two children, so a lone left child is never compared
class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.heap = list(iterable)
        for i in reversed(range(len(h.heap) // 2)):
            h._sift_down(i)
        return h

    def __len__(self):
        return len(self.heap)

    def push(self, x):
        self.heap.append(x)
        i = len(self.heap) - 1
        while i > 0 and self.heap[i] < self.heap[(i - 1) // 2]:
            p = (i - 1) // 2
            self.heap[i], self.heap[p] = self.heap[p], self.heap[i]
            i = p

    def _sift_down(self, i):
        n = len(self.heap)
        while 2 * i + 2 < n:
            left, right = 2 * i + 1, 2 * i + 2
            small = left if self.heap[left] < self.heap[right] else right
            if not self.heap[small] < self.heap[i]:
                break
            self.heap[i], self.heap[small] = self.heap[small], self.heap[i]
            i = small

    def peek(self):
        if not self.heap:
            raise IndexError("empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("empty heap")
        self.heap[0], self.heap[-1] = self.heap[-1], self.heap[0]
        top = self.heap.pop()
        self._sift_down(0)
        return top
