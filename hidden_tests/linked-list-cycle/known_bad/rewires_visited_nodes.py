# expect: failed
# caught-by: mutation
# why: O(1) memory by pointing each visited node at a sentinel: right answers, but the list is destroyed
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


_VISITED = ListNode("visited")


def has_cycle(head):
    node = head
    while node is not None:
        if node.next is _VISITED:
            return True
        nxt = node.next
        node.next = _VISITED
        node = nxt
    return False


def detect_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow, fast = slow.next, fast.next
            return slow
    return None
