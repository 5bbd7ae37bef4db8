# style: two bare lists, EAFP (catch the pop() IndexError of the empty out-stack) and truthiness checks
"""Queue from two plain list stacks."""


class QueueWithStacks:
    __slots__ = ("_front", "_back")

    def __init__(self) -> None:
        self._front = []  # reversed: the next item to leave is at the end
        self._back = []   # arrival order: the latest item is at the end

    def enqueue(self, x) -> None:
        self._back.append(x)

    def _front_stack(self) -> list:
        front = self._front
        if not front:
            back = self._back
            while back:
                front.append(back.pop())
        return front

    def dequeue(self):
        try:
            return self._front_stack().pop()
        except IndexError:
            raise IndexError("dequeue from empty queue") from None

    def peek(self):
        try:
            return self._front_stack()[-1]
        except IndexError:
            raise IndexError("peek from empty queue") from None

    def __len__(self) -> int:
        return len(self._front) + len(self._back)

    def is_empty(self) -> bool:
        return not (self._front or self._back)
