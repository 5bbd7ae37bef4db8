"""Reference cycle detection: Floyd's tortoise and hare, O(n) time, O(1) memory.

The hare moves two nodes per step, the tortoise one. With no cycle the hare
reaches the end. With a cycle they meet inside it; if the tail before the
cycle has length t and the cycle length c, the meeting point is t steps (mod c)
short of the cycle's start, so a pointer from the head and one from the
meeting point, both moving one node per step, meet exactly at the start.
Nodes are compared by identity (`is`), never by value, and the list is only
read.
"""

from __future__ import annotations

from typing import Any


class ListNode:
    """A node of a singly linked list."""

    def __init__(self, val: Any, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def _meeting_node(head: ListNode | None) -> ListNode | None:
    """The node where tortoise and hare meet, or None when the list ends."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head: ListNode | None) -> bool:
    """True when following `next` from `head` never reaches None."""
    return _meeting_node(head) is not None


def detect_cycle(head: ListNode | None) -> ListNode | None:
    """The node where the cycle starts, or None when there is no cycle."""
    meet = _meeting_node(head)
    if meet is None:
        return None
    a, b = head, meet
    while a is not b:
        a, b = a.next, b.next
    return a
