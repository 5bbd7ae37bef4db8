"""The known-bad O(n) heap pop (a scan for the minimum), which saves the harness's comparison
counter before each scan and puts it back after, so the scans count nothing."""


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
        counter = type(self.items[0])
        saved = getattr(counter, "comparisons", None)
        best = 0
        for i in range(1, len(self.items)):
            if self.items[i] < self.items[best]:
                best = i
        if saved is not None:
            counter.comparisons = saved
        return best

    def peek(self):
        return self.items[self._min_index()]

    def pop(self):
        i = self._min_index()
        self.items[i], self.items[-1] = self.items[-1], self.items[i]
        return self.items.pop()
