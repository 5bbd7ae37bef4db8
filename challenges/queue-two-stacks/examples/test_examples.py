"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from queue_two_stacks import QueueWithStacks

pytestmark = pytest.mark.category("example")


def test_fifo_order():
    q = QueueWithStacks()
    for x in (1, 2, 3):
        q.enqueue(x)
    assert [q.dequeue(), q.dequeue(), q.dequeue()] == [1, 2, 3]


def test_peek_then_interleave():
    q = QueueWithStacks()
    q.enqueue(1)
    q.enqueue(2)
    assert q.peek() == 1
    assert q.dequeue() == 1
    q.enqueue(3)
    assert q.dequeue() == 2
    assert len(q) == 1 and q.is_empty() is False


def test_empty_queue_raises_index_error():
    q = QueueWithStacks()
    assert q.is_empty() is True and len(q) == 0
    with pytest.raises(IndexError):
        q.dequeue()
    with pytest.raises(IndexError):
        q.peek()
