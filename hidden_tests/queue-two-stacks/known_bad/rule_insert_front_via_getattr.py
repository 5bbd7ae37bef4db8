# expect: rejected
# caught-by: rule
# why: evasion: list.insert(0, x) called through getattr, so no ".insert(0" appears in the text
class QueueWithStacks:
    def __init__(self):
        self.items = []  # newest at index 0, oldest at the end

    def enqueue(self, x):
        getattr(self.items, "insert")(0, x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items.pop()

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[-1]

    def __len__(self):
        return len(self.items)

    def is_empty(self):
        return not self.items
