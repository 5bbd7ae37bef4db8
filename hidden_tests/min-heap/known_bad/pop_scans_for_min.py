# expect: failed
# caught-by: probe
# why: an unordered list whose pop scans for the minimum: heapify is a copy, but every pop is O(n)
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
