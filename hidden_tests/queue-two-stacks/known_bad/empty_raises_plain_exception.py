# expect: error
# caught-by: error
# why: raises a bare Exception("queue is empty") where IndexError is required
class QueueWithStacks:
    def __init__(self):
        self.stack_in = []
        self.stack_out = []

    def enqueue(self, x):
        self.stack_in.append(x)

    def _front_ready(self):
        if not self.stack_out:
            while self.stack_in:
                self.stack_out.append(self.stack_in.pop())
        if not self.stack_out:
            raise Exception("queue is empty")

    def dequeue(self):
        self._front_ready()
        return self.stack_out.pop()

    def peek(self):
        self._front_ready()
        return self.stack_out[-1]

    def __len__(self):
        return len(self.stack_in) + len(self.stack_out)

    def is_empty(self):
        return len(self) == 0
