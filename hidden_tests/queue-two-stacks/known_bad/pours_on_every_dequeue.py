# expect: failed
# caught-by: basic
# why: pours the inbox onto the outbox on every dequeue, burying older items under newer ones
class QueueWithStacks:
    def __init__(self):
        self.stack_in = []
        self.stack_out = []

    def enqueue(self, x):
        self.stack_in.append(x)

    def _pour(self):
        while self.stack_in:
            self.stack_out.append(self.stack_in.pop())

    def dequeue(self):
        self._pour()
        return self.stack_out.pop()

    def peek(self):
        self._pour()
        return self.stack_out[-1]

    def __len__(self):
        return len(self.stack_in) + len(self.stack_out)

    def is_empty(self):
        return len(self) == 0
