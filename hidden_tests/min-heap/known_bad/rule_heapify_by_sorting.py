# expect: rejected
# caught-by: rule
# why: heapify returns sorted(iterable) (a sorted list is a valid heap): correct, but sorting is forbidden
class MinHeap:
    def __init__(self):
        self.heap = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.heap = sorted(iterable)
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

    def peek(self):
        if not self.heap:
            raise IndexError("empty heap")
        return self.heap[0]

    def pop(self):
        if not self.heap:
            raise IndexError("empty heap")
        self.heap[0], self.heap[-1] = self.heap[-1], self.heap[0]
        top = self.heap.pop()
        i, n = 0, len(self.heap)
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and self.heap[c + 1] < self.heap[c]:
                c += 1
            if not self.heap[c] < self.heap[i]:
                break
            self.heap[i], self.heap[c] = self.heap[c], self.heap[i]
            i = c
        return top
