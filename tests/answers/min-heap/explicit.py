# style: textbook array heap with swap-based sift-up / sift-down written as explicit loops
"""Binary min-heap stored in a list (children of i at 2i+1 and 2i+2)."""


class MinHeap:
    def __init__(self) -> None:
        self._a = []

    def __len__(self) -> int:
        return len(self._a)

    def _sift_up(self, i: int) -> None:
        a = self._a
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def _sift_down(self, i: int) -> None:
        a = self._a
        n = len(a)
        while True:
            left = 2 * i + 1
            if left >= n:
                return
            smallest = left
            right = left + 1
            if right < n and a[right] < a[left]:
                smallest = right
            if a[smallest] < a[i]:
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
            else:
                return

    def push(self, x) -> None:
        self._a.append(x)
        self._sift_up(len(self._a) - 1)

    def peek(self):
        if not self._a:
            raise IndexError("peek from an empty heap")
        return self._a[0]

    def pop(self):
        a = self._a
        if not a:
            raise IndexError("pop from an empty heap")
        last = a.pop()
        if not a:
            return last
        top = a[0]
        a[0] = last
        self._sift_down(0)
        return top

    @classmethod
    def heapify(cls, iterable) -> "MinHeap":
        heap = cls()
        heap._a = list(iterable)  # our own copy: the caller's list is never touched
        for i in range(len(heap._a) // 2 - 1, -1, -1):
            heap._sift_down(i)
        return heap
