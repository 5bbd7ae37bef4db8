"""Runs beside the submission: replays a whole operation sequence in one call."""

import queue_two_stacks


def apply(q, op):
    """One operation on `q`; its observation (None for an enqueue)."""
    kind = op[0]
    if kind == "enqueue":
        q.enqueue(op[1])
        return None
    if kind in ("dequeue", "peek"):
        try:
            return q.dequeue() if kind == "dequeue" else q.peek()
        except IndexError:
            return "IndexError"
    if kind == "len":
        return len(q)
    if kind == "is_empty":
        return q.is_empty()
    raise ValueError(f"unknown operation {op!r}")


def replay(ops):
    """Apply ("enqueue", x) / ("dequeue",) / ("peek",) / ("len",) / ("is_empty",) operations
    to a new queue; return the observations of every operation but the enqueues."""
    q = queue_two_stacks.QueueWithStacks()
    out = []
    for op in ops:
        seen = apply(q, op)
        if op[0] != "enqueue":
            out.append(seen)
    return out


def run_ops(kinds, values):
    """The probe: a new queue, then operation codes 0 enqueue / 1 dequeue / 2 peek / 3 len;
    what every operation but the enqueues observed (checked against the reference's)."""
    q = queue_two_stacks.QueueWithStacks()
    feed = iter(values)
    seen = []
    for k in kinds:
        if k == 0:
            q.enqueue(next(feed))
        elif k == 1:
            seen.append(q.dequeue())
        elif k == 2:
            seen.append(q.peek())
        else:
            seen.append(len(q))
    return seen
