# style: Brent's algorithm (teleporting tortoise at powers of two) to get the cycle length, then two pointers that far apart
"""Linked list cycle detection with Brent's algorithm, O(n) time and O(1) memory."""


class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def _cycle_length(head) -> int:
    """Length of the cycle reachable from head, 0 if the list ends."""
    if head is None:
        return 0
    power = length = 1
    tortoise = head
    hare = head.next
    while hare is not tortoise:
        if hare is None:
            return 0
        if power == length:
            tortoise = hare
            power *= 2
            length = 0
        hare = hare.next
        length += 1
    return length


def has_cycle(head) -> bool:
    return _cycle_length(head) > 0


def detect_cycle(head):
    lam = _cycle_length(head)
    if lam == 0:
        return None
    lead = head
    for _ in range(lam):
        lead = lead.next
    trail = head
    while trail is not lead:
        trail = trail.next
        lead = lead.next
    return trail
