# expect: failed
# caught-by: probe
# why: remembers every visited node in a set: right answers in O(n) time, but O(n) extra memory where O(1) is required
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    seen = set()
    node = head
    while node is not None:
        if id(node) in seen:
            return node
        seen.add(id(node))
        node = node.next
    return None


def has_cycle(head):
    return detect_cycle(head) is not None
