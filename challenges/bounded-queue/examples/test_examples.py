"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import queue

import pytest
from bounded_queue import BoundedQueue

pytestmark = pytest.mark.category("example")


def test_fifo_order():
    q = BoundedQueue(3)
    for item in ("a", "b", "c"):
        q.put(item)
    got = [q.get(), q.get(), q.get()]
    assert got == ["a", "b", "c"], f"expected ['a', 'b', 'c'], got {got}"


def test_qsize_counts_items():
    q = BoundedQueue(2)
    q.put(1)
    assert q.qsize() == 1, f"expected 1, got {q.qsize()}"


def test_put_on_full_queue_times_out_with_queue_full():
    q = BoundedQueue(1)
    q.put("x")
    with pytest.raises(queue.Full):
        q.put("y", timeout=0.05)


def test_get_on_empty_queue_times_out_with_queue_empty():
    with pytest.raises(queue.Empty):
        BoundedQueue(1).get(timeout=0.05)


def test_maxsize_below_one_raises():
    with pytest.raises(ValueError):
        BoundedQueue(0)
