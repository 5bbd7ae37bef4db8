# expect: timeout
# caught-by: basic
# why: the seeds' answers as written: the slow == fast test sits after the while loop, so on any cycle the loop never ends
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def has_cycle(head):
    if not head: return False  # noqa: E701
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    if slow == fast: return True  # noqa: E701


def detect_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    if slow == fast:
        slow = head
        while slow != fast:
            slow = slow.next
            fast = fast.next
        return slow
    return None
