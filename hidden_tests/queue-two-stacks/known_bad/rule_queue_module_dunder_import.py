# expect: rejected
# caught-by: rule
# why: evasion: the queue module reached through __import__ under an innocent name
_fifo = __import__("queue").SimpleQueue


class QueueWithStacks:
    def __init__(self):
        self.items = _fifo()
        self.front = []  # one item peeked out of the SimpleQueue

    def enqueue(self, x):
        self.items.put(x)

    def _load(self):
        if not self.front:
            if self.items.empty():
                raise IndexError("empty queue")
            self.front.append(self.items.get())

    def dequeue(self):
        self._load()
        return self.front.pop()

    def peek(self):
        self._load()
        return self.front[-1]

    def __len__(self):
        return self.items.qsize() + len(self.front)

    def is_empty(self):
        return len(self) == 0
