"""Hidden tests for queue-two-stacks."""

import random

import pytest
from queue_two_stacks import QueueWithStacks

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def reference_replay(reference, ops):
    q = reference.QueueWithStacks()
    out = []
    for op in ops:
        kind = op[0]
        if kind == "enqueue":
            q.enqueue(op[1])
            continue
        if kind in ("dequeue", "peek"):
            try:
                out.append(q.dequeue() if kind == "dequeue" else q.peek())
            except IndexError:
                out.append("IndexError")
        elif kind == "len":
            out.append(len(q))
        else:
            out.append(q.is_empty())
    return out


def first_difference(got, want, ops):
    observed = [op for op in ops if op[0] != "enqueue"]
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if g != w or type(g) is not type(w):
            return f"observation {i} ({observed[i][0]}): expected {w!r}, got {g!r}"
    return f"expected {len(want)} observations, got {len(got)}"


# -- basic ---------------------------------------------------------------------------------
@basic
def test_items_leave_in_arrival_order():
    q = QueueWithStacks()
    for x in "abcde":
        q.enqueue(x)
    got = [q.dequeue() for _ in range(5)]
    assert got == list("abcde"), f"expected ['a', 'b', 'c', 'd', 'e'], got {got}"


@basic
def test_enqueue_between_dequeues_keeps_fifo():
    q = QueueWithStacks()
    q.enqueue(1)
    q.enqueue(2)
    first = q.dequeue()
    q.enqueue(3)
    q.enqueue(4)
    rest = [q.dequeue(), q.dequeue(), q.dequeue()]
    assert [first, *rest] == [1, 2, 3, 4], f"expected [1, 2, 3, 4], got {[first, *rest]}"


@basic
def test_peek_returns_front_and_keeps_it():
    q = QueueWithStacks()
    q.enqueue("front")
    q.enqueue("back")
    assert q.peek() == "front", f"peek returned {q.peek()!r}, expected 'front'"
    assert q.peek() == "front", "a second peek must see the same front item"
    assert len(q) == 2, f"peek must not remove anything: len is {len(q)}, expected 2"
    assert q.dequeue() == "front", "dequeue after peek must return the peeked item"


@basic
def test_len_tracks_enqueues_and_dequeues():
    q = QueueWithStacks()
    sizes = [len(q)]
    for x in range(4):
        q.enqueue(x)
        sizes.append(len(q))
    q.dequeue()
    sizes.append(len(q))
    q.enqueue(9)
    sizes.append(len(q))
    assert sizes == [0, 1, 2, 3, 4, 3, 4], f"expected lengths [0, 1, 2, 3, 4, 3, 4], got {sizes}"


@basic
def test_is_empty_follows_the_contents():
    q = QueueWithStacks()
    seen = [q.is_empty()]
    q.enqueue(1)
    seen.append(q.is_empty())
    q.dequeue()
    seen.append(q.is_empty())
    assert seen == [True, False, True], f"is_empty gave {seen}, expected [True, False, True]"


# -- edge ----------------------------------------------------------------------------------
@edge
def test_is_empty_returns_a_bool():
    q = QueueWithStacks()
    empty = q.is_empty()
    q.enqueue(0)
    full = q.is_empty()
    assert empty is True and full is False, (
        f"is_empty must return True/False, got {empty!r} and {full!r}")


@edge
def test_is_empty_after_enqueue_behind_pending_items(harness):
    """Items waiting in either stack count: enqueue after a partial drain, drain again."""
    ops = [("enqueue", 1), ("enqueue", 2), ("dequeue",), ("dequeue",), ("enqueue", 3),
           ("is_empty",), ("len",), ("peek",), ("is_empty",), ("dequeue",), ("is_empty",)]
    got = harness.replay(ops)
    want = [1, 2, False, 1, 3, False, 3, True]
    assert got == want, first_difference(got, want, ops)


@edge
def test_peek_after_partial_drain_and_new_items(harness):
    ops = [("enqueue", 1), ("enqueue", 2), ("enqueue", 3), ("dequeue",), ("enqueue", 4),
           ("peek",), ("dequeue",), ("peek",), ("dequeue",), ("peek",), ("dequeue",)]
    got = harness.replay(ops)
    want = [1, 2, 2, 3, 3, 4, 4]
    assert got == want, first_difference(got, want, ops)


@edge
@pytest.mark.parametrize("item", [None, 0, "", False, [], (None,)])
def test_falsy_and_none_items_are_real_items(harness, item):
    ops = [("enqueue", item), ("enqueue", "next"), ("len",), ("is_empty",), ("peek",),
           ("dequeue",), ("dequeue",), ("is_empty",)]
    got = harness.replay(ops)
    want = [2, False, item, item, "next", True]
    assert got == want, first_difference(got, want, ops)


@edge
def test_duplicates_and_refill_after_emptying(harness):
    ops = [("enqueue", 7), ("enqueue", 7), ("dequeue",), ("dequeue",), ("dequeue",),
           ("enqueue", 8), ("enqueue", 7), ("dequeue",), ("enqueue", 9), ("dequeue",),
           ("dequeue",), ("len",)]
    got = harness.replay(ops)
    want = [7, 7, "IndexError", 8, 7, 9, 0]
    assert got == want, first_difference(got, want, ops)


# -- errors --------------------------------------------------------------------------------
@error
def test_dequeue_on_new_queue_raises_index_error():
    with pytest.raises(IndexError):
        QueueWithStacks().dequeue()


@error
def test_peek_on_new_queue_raises_index_error():
    with pytest.raises(IndexError):
        QueueWithStacks().peek()


@error
def test_dequeue_and_peek_after_draining_raise_index_error():
    q = QueueWithStacks()
    q.enqueue(1)
    q.enqueue(2)
    q.dequeue()
    q.dequeue()
    with pytest.raises(IndexError):
        q.peek()
    with pytest.raises(IndexError):
        q.dequeue()


@error
def test_queue_still_works_after_an_index_error():
    q = QueueWithStacks()
    with pytest.raises(IndexError):
        q.dequeue()
    q.enqueue("a")
    assert len(q) == 1 and q.dequeue() == "a", "after an IndexError the queue must still work"


# -- mutation ------------------------------------------------------------------------------
@mutation
def test_enqueue_does_not_modify_the_item():
    q = QueueWithStacks()
    item = [3, 1, 2]
    _, args_after, _ = call_and_inspect(q.enqueue, item)
    assert args_after == [[3, 1, 2]], f"enqueue changed its argument to {args_after[0]!r}"
    got = q.dequeue()
    assert got == [3, 1, 2], f"expected the item [3, 1, 2] back, got {got!r}"


# -- scale ---------------------------------------------------------------------------------
def random_ops(rng, n, p_enqueue):
    ops = []
    for i in range(n):
        roll = rng.random()
        if roll < p_enqueue:
            ops.append(("enqueue", i))
        elif roll < p_enqueue + (1 - p_enqueue) * 0.6:
            ops.append(("dequeue",))
        elif roll < p_enqueue + (1 - p_enqueue) * 0.8:
            ops.append(("peek",))
        else:
            ops.append(("len",) if rng.random() < 0.5 else ("is_empty",))
    return ops


@scale
@pytest.mark.secret
def test_random_interleaving_matches_reference(harness, reference):
    """Seed 77: 20 000 random operations, often running the queue empty."""
    ops = random_ops(random.Random(77), 20_000, 0.5)
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)


@scale
@pytest.mark.secret
def test_growing_queue_matches_reference(harness, reference):
    """Seed 5: 20 000 operations biased to enqueue, so the queue grows to thousands."""
    ops = random_ops(random.Random(5), 20_000, 0.6)
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)


@scale
def test_bulk_fill_then_drain(harness):
    """10 000 enqueues, then 10 001 dequeues: arrival order, then IndexError."""
    ops = [("enqueue", x) for x in range(10_000)] + [("dequeue",)] * 10_001 + [("len",)]
    got = harness.replay(ops)
    want = list(range(10_000)) + ["IndexError", 0]
    assert got == want, first_difference(got, want, ops)
