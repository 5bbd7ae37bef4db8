# expect: failed
# caught-by: edge
# why: remembers the values seen instead of the nodes, so a repeated value looks like a cycle
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    seen = {}
    node = head
    while node is not None:
        if node.val in seen:
            return seen[node.val]
        seen[node.val] = node
        node = node.next
    return None


def has_cycle(head):
    return detect_cycle(head) is not None
