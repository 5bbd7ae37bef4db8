"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from min_heap import MinHeap

pytestmark = pytest.mark.category("example")


def test_push_peek_pop():
    h = MinHeap()
    for x in (5, 3, 8, 1):
        h.push(x)
    assert h.peek() == 1
    assert h.pop() == 1
    assert h.pop() == 3
    assert len(h) == 2


def test_heapify_gives_sorted_pops():
    h = MinHeap.heapify([9, 4, 7, 1, 8])
    assert isinstance(h, MinHeap)
    assert [h.pop() for _ in range(5)] == [1, 4, 7, 8, 9]


def test_empty_heap_raises_index_error():
    with pytest.raises(IndexError):
        MinHeap().pop()
    with pytest.raises(IndexError):
        MinHeap().peek()
