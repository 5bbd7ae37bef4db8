# expect: rejected
# caught-by: rule
# why: one list with pop(0): correct, but every dequeue shifts the whole list
class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items.pop(0)

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def __len__(self):
        return len(self.items)

    def is_empty(self):
        return not self.items
