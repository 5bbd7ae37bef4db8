# expect: failed
# caught-by: probe
# why: keeps every item in one stack, pouring all of them across whenever the operation kind changes: O(n) per interleaved operation
class QueueWithStacks:
    def __init__(self):
        self.back = []   # top is the newest item
        self.front = []  # top is the oldest item

    def enqueue(self, x):
        while self.front:
            self.back.append(self.front.pop())
        self.back.append(x)

    def _to_front(self):
        while self.back:
            self.front.append(self.back.pop())
        if not self.front:
            raise IndexError("dequeue from an empty queue")

    def dequeue(self):
        self._to_front()
        return self.front.pop()

    def peek(self):
        self._to_front()
        return self.front[-1]

    def __len__(self):
        return len(self.back) + len(self.front)

    def is_empty(self):
        return not self.back and not self.front
