"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from linked_list_cycle import ListNode, detect_cycle, has_cycle

pytestmark = pytest.mark.category("example")


def test_cycle_back_to_the_second_node():
    a, b, c, d = ListNode(1), ListNode(2), ListNode(3), ListNode(4)
    a.next, b.next, c.next, d.next = b, c, d, b
    assert has_cycle(a) is True
    assert detect_cycle(a) is b


def test_list_without_a_cycle():
    head = ListNode(1, ListNode(2, ListNode(3)))
    assert has_cycle(head) is False
    assert detect_cycle(head) is None


def test_empty_and_single_node():
    assert has_cycle(None) is False
    assert detect_cycle(None) is None
    single = ListNode(7)
    assert has_cycle(single) is False
    single.next = single
    assert detect_cycle(single) is single
