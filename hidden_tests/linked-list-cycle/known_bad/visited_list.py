# expect: failed
# caught-by: probe
# why: remembers the visited nodes in a list and searches it at every step: O(n^2) time and O(n) memory
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    visited = []
    node = head
    while node is not None:
        if node in visited:
            return node
        visited.append(node)
        node = node.next
    return None


def has_cycle(head):
    return detect_cycle(head) is not None
