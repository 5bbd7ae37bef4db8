"""The known-bad O(n) heap pop, raising when a probe's heap grows past 8,000 items."""


class MinHeap:
    def __init__(self):
        self.items = []

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.items = list(iterable)
        return h

    def __len__(self):
        return len(self.items)

    def push(self, x):
        self.items.append(x)

    def _min_index(self):
        if len(self.items) > 8000:
            raise RuntimeError("no")
        if not self.items:
            raise IndexError("empty heap")
        best = 0
        for i in range(1, len(self.items)):
            if self.items[i] < self.items[best]:
                best = i
        return best

    def peek(self):
        return self.items[self._min_index()]

    def pop(self):
        i = self._min_index()
        self.items[i], self.items[-1] = self.items[-1], self.items[i]
        return self.items.pop()
