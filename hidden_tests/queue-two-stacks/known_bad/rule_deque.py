# expect: rejected
# caught-by: rule
# why: a collections.deque does the work
from collections import deque


class QueueWithStacks:
    def __init__(self):
        self.items = deque()

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items.popleft()

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def __len__(self):
        return len(self.items)

    def is_empty(self):
        return not self.items
