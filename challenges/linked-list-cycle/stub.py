"""Linked list cycle: does a singly linked list loop, and where does the loop start?"""


class ListNode:
    """A node of a singly linked list (this class is given: keep its attributes)."""

    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def has_cycle(head: ListNode | None) -> bool:
    """True when following `next` from `head` never reaches None."""
    raise NotImplementedError


def detect_cycle(head: ListNode | None) -> ListNode | None:
    """The node where the cycle starts (the first node reached twice), or None."""
    raise NotImplementedError
