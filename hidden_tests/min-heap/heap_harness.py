"""Runs beside the submission: operation replays, comparison counting, aliasing checks."""

import min_heap


class Counted:
    """An item that counts every comparison made between Counted items."""

    __slots__ = ("value",)
    comparisons = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.value < other.value

    def __le__(self, other):
        Counted.comparisons += 1
        return self.value <= other.value

    def __gt__(self, other):
        Counted.comparisons += 1
        return self.value > other.value

    def __ge__(self, other):
        Counted.comparisons += 1
        return self.value >= other.value

    def __eq__(self, other):
        Counted.comparisons += 1
        return isinstance(other, Counted) and self.value == other.value

    def __hash__(self):
        return hash(self.value)


def replay(ops):
    """Apply ("push", x) / ("pop",) / ("peek",) / ("len",) operations to a new MinHeap
    (or to MinHeap.heapify(items) when the first operation is ("heapify", items));
    return the observations of every operation but the pushes."""
    h = min_heap.MinHeap()
    out = []
    for op in ops:
        kind = op[0]
        if kind == "heapify":
            h = min_heap.MinHeap.heapify(op[1])
        elif kind == "push":
            h.push(op[1])
        elif kind in ("pop", "peek"):
            try:
                out.append(h.pop() if kind == "pop" else h.peek())
            except IndexError:
                out.append("IndexError")
        elif kind == "len":
            out.append(len(h))
        else:
            raise ValueError(f"unknown operation {op!r}")
    return out


def drain(h):
    return [h.pop() for _ in range(len(h))]


def heapify_generator_and_drain(values):
    """heapify fed a generator (a one-pass iterable); then pop everything."""
    h = min_heap.MinHeap.heapify(v for v in values)
    return [len(h), drain(h)]


def heapify_keeps_caller_list(values):
    """Whether the caller's list is unchanged after heapify, and after later pushes/pops."""
    data = list(values)
    before = list(data)
    h = min_heap.MinHeap.heapify(data)
    after_heapify = list(data)
    h.push(min(values) - 1 if values else 0)
    h.pop()
    if len(h):
        h.pop()
    h.push(0)
    return [after_heapify == before, data == before]


def heapify_comparisons(values):
    """The heapify probe: comparisons made by MinHeap.heapify on these values."""
    items = [Counted(v) for v in values]
    Counted.comparisons = 0
    h = min_heap.MinHeap.heapify(items)
    count = Counted.comparisons
    if len(h) != len(items):
        raise AssertionError(f"heapify kept {len(h)} of {len(items)} items")
    return count


def push_pop_comparisons(values, extra):
    """The push/pop probe: heapify `values` (not counted), then push every `extra` value and
    pop as many items; the comparisons those pushes and pops made."""
    h = min_heap.MinHeap.heapify([Counted(v) for v in values])
    pushed = [Counted(v) for v in extra]
    Counted.comparisons = 0
    for item in pushed:
        h.push(item)
    for _ in pushed:
        h.pop()
    return Counted.comparisons
