"""Runs beside the submission: builds lists from its own ListNode, observes its answers.

A list is given as (values, pos): one node per value, and the tail's next is
the node at index `pos` (None: the tail's next is None). The observations are
plain data: the index of the node detect_cycle returned, and whether the list
is exactly as it was built (same val objects, same next nodes, same attributes).
"""

import tracemalloc

import linked_list_cycle as sub


def build(values, pos):
    """The nodes of the list, built with the submission's ListNode(val) and `.next = ...`."""
    nodes = [sub.ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:], strict=False):
        a.next = b
    if nodes:
        nodes[-1].next = nodes[pos] if pos is not None else None
    return nodes


def _attrs(node):
    d = getattr(node, "__dict__", None)
    return dict(d) if d is not None else {}


def snapshot(nodes):
    return [(node.val, node.next, _attrs(node)) for node in nodes]


def changes(nodes, snap):
    """A description of the first change to the list since `snap`, or None."""
    for i, (node, (val, nxt, attrs)) in enumerate(zip(nodes, snap, strict=True)):
        if node.val is not val:
            return f"node {i}: val changed from {val!r} to {node.val!r}"
        if node.next is not nxt:
            return f"node {i}: next was rewired"
        now = _attrs(node)
        if now.keys() != attrs.keys() or any(now[k] is not attrs[k] for k in attrs):
            added = sorted(set(now) - set(attrs))
            return f"node {i}: attributes changed{f' (added {added})' if added else ''}"
    return None


def index_of(result, nodes):
    """The index of the node `result` among `nodes`, None for None, or a description."""
    if result is None:
        return None
    for i, node in enumerate(nodes):
        if node is result:
            return i
    return f"not a node of the list: {type(result).__name__} {result!r}"[:200]


def observe(values, pos, calls=("has_cycle", "detect_cycle")):
    """Build the list, make the calls in order on the same list; for each call its
    observation (has_cycle: the result; detect_cycle: the node's index), then the first
    change to the list, or None when it is unchanged."""
    nodes = build(values, pos)
    snap = snapshot(nodes)
    head = nodes[0] if nodes else None
    out = []
    for name in calls:
        result = getattr(sub, name)(head)
        out.append(result if name == "has_cycle" else index_of(result, nodes))
    out.append(changes(nodes, snap))
    return out


def observe_many(cases):
    """observe() for each (values, pos) of `cases`."""
    return [observe(values, pos) for values, pos in cases]


def build_and_detect(n, pos):
    """The time probe: build an n-node list whose tail links to node `pos`, then run both."""
    nodes = build(range(n), pos)
    found = sub.detect_cycle(nodes[0])
    return [sub.has_cycle(nodes[0]), found is nodes[pos]]


def detect_peak_bytes(n, pos):
    """The memory probe: tracemalloc's peak during has_cycle and detect_cycle on an n-node
    list whose tail links to node `pos` (the list is built before tracing starts)."""
    nodes = build(range(n), pos)
    head = nodes[0]
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        sub.has_cycle(head)
        sub.detect_cycle(head)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return max(peak - base, 0)
