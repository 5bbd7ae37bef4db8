"""Probe inputs for queue-two-stacks: n operations, interleaved.

The first third only enqueues, so the queue holds about n/3 items; then the
operations interleave enqueue, dequeue, peek and len. A queue that pours its
items from one stack to the other and back whenever the kind of operation
changes pays O(n) per operation there, O(n^2) in total; a correct one pays
O(n) in total.
"""


def interleaved_ops(n, rng):
    """Arguments of queue_harness.run_ops: operation codes and the values to enqueue."""
    warmup = n // 3
    kinds = [0] * warmup
    cycle = (0, 1, 0, 2, 1, 3)  # enqueue, dequeue, enqueue, peek, dequeue, len
    kinds += [cycle[i % len(cycle)] for i in range(n - warmup)]
    values = [rng.randrange(1000) for _ in range(kinds.count(0))]
    return [kinds, values]
