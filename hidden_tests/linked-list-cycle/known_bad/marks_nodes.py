# expect: failed
# caught-by: mutation
# why: marks visited nodes with an attribute and never removes it, so the list is left changed (and a second call sees stale marks)
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    node = head
    while node is not None:
        if getattr(node, "seen", False):
            return node
        node.seen = True
        node = node.next
    return None


def has_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
