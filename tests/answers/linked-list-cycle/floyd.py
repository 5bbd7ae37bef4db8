# style: Floyd's tortoise and hare, with the meeting test inside the loop and a second phase from the head
"""Linked list cycle detection in O(n) time and O(1) extra memory (Floyd)."""


class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def _meeting_point(head):
    """The node where slow and fast meet inside the cycle, or None if fast falls off the end."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head) -> bool:
    return _meeting_point(head) is not None


def detect_cycle(head):
    meet = _meeting_point(head)
    if meet is None:
        return None
    # distance head->start equals distance meet->start (mod cycle length)
    a, b = head, meet
    while a is not b:
        a = a.next
        b = b.next
    return a
