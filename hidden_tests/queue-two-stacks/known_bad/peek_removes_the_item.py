# expect: failed
# caught-by: basic
# why: peek reuses dequeue and forgets to put the item back
class QueueWithStacks:
    def __init__(self):
        self.stack_in = []
        self.stack_out = []

    def enqueue(self, x):
        self.stack_in.append(x)

    def dequeue(self):
        if not self.stack_out:
            while self.stack_in:
                self.stack_out.append(self.stack_in.pop())
        return self.stack_out.pop()

    def peek(self):
        return self.dequeue()

    def __len__(self):
        return len(self.stack_in) + len(self.stack_out)

    def is_empty(self):
        return not self.stack_in and not self.stack_out
