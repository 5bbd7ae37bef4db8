# expect: failed
# caught-by: error
# why: peek on an empty queue returns None instead of raising IndexError
class QueueWithStacks:
    def __init__(self):
        self.stack_in = []
        self.stack_out = []

    def enqueue(self, x):
        self.stack_in.append(x)

    def _shift(self):
        if not self.stack_out:
            while self.stack_in:
                self.stack_out.append(self.stack_in.pop())

    def dequeue(self):
        self._shift()
        return self.stack_out.pop()

    def peek(self):
        self._shift()
        return self.stack_out[-1] if self.stack_out else None

    def __len__(self):
        return len(self.stack_in) + len(self.stack_out)

    def is_empty(self):
        return len(self) == 0
