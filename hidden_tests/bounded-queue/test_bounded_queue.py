"""Hidden tests for bounded-queue.

Threads, timing and size observations run in the harness (bq_harness), beside
the submission; these tests judge the numbers it reports.
"""

import queue
import random

import pytest
from bounded_queue import BoundedQueue

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")
concurrency = pytest.mark.category("concurrency")


def per_producer_in_order(sequence):
    """True when, for each producer, its sequence numbers appear increasing."""
    last = {}
    for producer, seq in sequence:
        if seq <= last.get(producer, -1):
            return False
        last[producer] = seq
    return True


# -- basic -----------------------------------------------------------------------------

@basic
def test_fifo_order_single_thread():
    q = BoundedQueue(5)
    for item in [3, 1, 4, 1, 5]:
        q.put(item)
    got = [q.get() for _ in range(5)]
    assert got == [3, 1, 4, 1, 5], f"expected [3, 1, 4, 1, 5] (first in, first out), got {got}"


@basic
def test_qsize_tracks_puts_and_gets():
    q = BoundedQueue(3)
    sizes = [q.qsize()]
    for item in "abc":
        q.put(item)
        sizes.append(q.qsize())
    q.get()
    sizes.append(q.qsize())
    assert sizes == [0, 1, 2, 3, 2], f"expected sizes [0, 1, 2, 3, 2], got {sizes}"


@basic
def test_full_queue_refuses_one_more_item():
    q = BoundedQueue(3)
    for item in "abc":
        q.put(item)
    with pytest.raises(queue.Full):
        q.put("d", timeout=0.05)
    assert q.qsize() == 3, f"a queue of maxsize 3 holds 3 items, qsize() gave {q.qsize()}"
    got = [q.get() for _ in range(3)]
    assert got == ["a", "b", "c"], f"expected ['a', 'b', 'c'] after the refused put, got {got}"


@basic
def test_interleaved_puts_and_gets(harness):
    ops = [("put", 1), ("put", 2), ("get",), ("put", 3), ("qsize",), ("get",), ("put", 4),
           ("put", 5), ("get",), ("get",), ("get",), ("qsize",)]
    got = harness.replay(3, ops)
    want = [1, 2, 2, 3, 4, 5, 0]
    assert got == want, f"expected {want}, got {got}"


# -- error -----------------------------------------------------------------------------

@error
@pytest.mark.parametrize("maxsize", [0, -1, -10])
def test_maxsize_below_one_raises_value_error(maxsize):
    with pytest.raises(ValueError):
        BoundedQueue(maxsize)


@error
def test_get_timeout_raises_queue_empty():
    q = BoundedQueue(2)
    with pytest.raises(queue.Empty):
        q.get(timeout=0.05)


@error
def test_put_timeout_raises_queue_full():
    q = BoundedQueue(1)
    q.put(0)
    with pytest.raises(queue.Full):
        q.put(1, timeout=0.05)


# -- trap: timing and wake-ups -------------------------------------------------------

@trap
def test_get_waits_about_its_timeout(harness):
    r = harness.timed_call("get", 2, [], 0.4)
    assert r["outcome"] == "raised", (
        f"get(timeout=0.4) on an empty queue should raise queue.Empty, it {r['outcome']}")
    assert r["error"]["is_empty"], f"expected queue.Empty, got {r['error']['type']}"
    assert 0.3 <= r["elapsed"] <= 2.0, (
        f"get(timeout=0.4) should give up after about 0.4 s, it took {r['elapsed']:.3f} s")


@trap
def test_put_waits_about_its_timeout(harness):
    r = harness.timed_call("put", 2, ["a", "b"], 0.4)
    assert r["outcome"] == "raised", (
        f"put(timeout=0.4) on a full queue should raise queue.Full, it {r['outcome']}")
    assert r["error"]["is_full"], f"expected queue.Full, got {r['error']['type']}"
    assert 0.3 <= r["elapsed"] <= 2.0, (
        f"put(timeout=0.4) should give up after about 0.4 s, it took {r['elapsed']:.3f} s")
    assert r["qsize_after"] == 2, f"the refused put changed the size to {r['qsize_after']}"


@trap
def test_blocked_get_wakes_when_an_item_arrives(harness):
    r = harness.get_wakes_on_put(0.2)
    assert r["blocked_before_put"], "get() on an empty queue returned instead of blocking"
    assert r["finished"], "get() stayed blocked after an item was put"
    assert r["error"] is None, f"get() raised {r['error']}"
    assert r["value"] == "item", f"expected 'item', got {r['value']!r}"


@trap
def test_get_with_timeout_returns_as_soon_as_an_item_arrives(harness):
    r = harness.get_wakes_on_put(0.15, timeout=2.0)
    assert r["blocked_before_put"], "get(timeout=2) on an empty queue returned at once"
    assert r["error"] is None, f"get(timeout=2) raised {r['error']} though an item arrived"
    assert r["value"] == "item", f"expected 'item', got {r['value']!r}"
    assert r["elapsed"] < 1.0, (
        f"the item arrived after 0.15 s but get(timeout=2) returned after {r['elapsed']:.2f} s")


@trap
def test_blocked_put_waits_for_room(harness):
    r = harness.put_wakes_on_get(0.2)
    assert r["blocked_before_get"], "put() on a full queue returned instead of blocking"
    assert r["size_while_blocked"] == 1, (
        f"maxsize 1: the size was {r['size_while_blocked']} while a put was waiting")
    assert r["finished"] and r["error"] is None, f"put() did not complete: {r}"
    assert (r["first"], r["second"]) == ("first", "second"), (
        f"expected 'first' then 'second', got {r['first']!r} then {r['second']!r}")


@trap
def test_put_with_timeout_returns_as_soon_as_room_appears(harness):
    r = harness.put_wakes_on_get(0.15, timeout=2.0)
    assert r["blocked_before_get"], "put(timeout=2) on a full queue returned at once"
    assert r["error"] is None, f"put(timeout=2) raised {r['error']} though room appeared"
    assert r["elapsed"] is not None and r["elapsed"] < 1.0, (
        f"room appeared after 0.15 s but put(timeout=2) returned after {r['elapsed']:.2f} s")


# -- edge ------------------------------------------------------------------------------

@edge
def test_maxsize_one_alternating(harness):
    ops = []
    for i in range(50):
        ops += [("put", i), ("qsize",), ("get",)]
    got = harness.replay(1, ops)
    want = [x for i in range(50) for x in (1, i)]
    assert got == want, "maxsize 1: put/get alternation gave the wrong items or sizes"


@edge
def test_falsy_items_are_delivered():
    q = BoundedQueue(4)
    items = [0, "", False, 0.0]
    for item in items:
        q.put(item)
    got = [q.get() for _ in items]
    assert got == items and [type(x) for x in got] == [int, str, bool, float], (
        f"expected {items!r}, got {got!r}")


@edge
def test_timeout_leaves_the_queue_usable():
    q = BoundedQueue(1)
    with pytest.raises(queue.Empty):
        q.get(timeout=0.05)
    q.put("a")
    with pytest.raises(queue.Full):
        q.put("b", timeout=0.05)
    got = q.get(timeout=1.0)
    assert got == "a" and q.qsize() == 0, f"expected 'a' and an empty queue, got {got!r}"


# -- mutation --------------------------------------------------------------------------

@mutation
def test_put_does_not_mutate_the_item():
    q = BoundedQueue(2)
    item = [3, 1, 2]
    _, args_after, _ = call_and_inspect(q.put, item)
    assert args_after[0] == [3, 1, 2], f"put changed its item to {args_after[0]}"
    got = q.get()
    assert got == [3, 1, 2], f"expected [3, 1, 2] back, got {got}"


# -- concurrency -----------------------------------------------------------------------

@concurrency
def test_woken_consumers_recheck_for_an_item(harness):
    r = harness.wake_many_consumers(4)
    assert not r["errors"], (
        f"consumers woken by one put crashed (a woken thread must re-check): {r['errors'][:2]}")
    first = r["after_first"]["got"]
    assert first == ["only"], f"one put must satisfy exactly one consumer, got {first}"
    assert r["waiting_after_first"] == 3, (
        f"3 consumers should still be waiting, {r['waiting_after_first']} were")
    assert r["still_alive"] == 0, f"{r['still_alive']} consumers never got their item"
    assert r["got"] == sorted(["only", "release-0", "release-1", "release-2"]), (
        f"items delivered: {r['got']}")


@concurrency
def test_woken_producers_never_overfill(harness):
    r = harness.wake_many_producers(2, 4)
    assert not r["errors"], f"producers or the drain raised: {r['errors'][:2]}"
    assert r["size_before"] == 2, f"maxsize 2 but the size was {r['size_before']}"
    assert r["size_after_one_get"] == 2, (
        f"one get frees one slot: the size should be back to 2, it was {r['size_after_one_get']}")
    assert r["largest"] <= 2, f"the queue held {r['largest']} items, maxsize is 2"
    want = sorted([("pre", 0), ("pre", 1)] + [("new", i) for i in range(4)])
    assert r["delivered"] == want, f"expected every item once, got {r['delivered']}"
    assert r["still_alive"] == 0, f"{r['still_alive']} producers never finished"


def check_stress(r, producers, per_producer, maxsize):
    assert not r["errors"], f"threads raised: {r['errors'][:3]}"
    assert r["hung_producers"] == 0 and r["hung_consumers"] == 0, (
        f"{r['hung_producers']} producers and {r['hung_consumers']} consumers never finished")
    everything = sorted(tuple(x) for seq in r["received"] for x in seq)
    want = [(p, i) for p in range(producers) for i in range(per_producer)]
    if everything != want:
        missing = len(set(want) - set(everything))
        dupes = len(everything) - len(set(everything))
        raise AssertionError(f"every item must arrive exactly once: {missing} missing, "
                             f"{dupes} duplicated, {len(everything)} of {len(want)} received")
    for c, seq in enumerate(r["received"]):
        assert per_producer_in_order([tuple(x) for x in seq]), (
            f"consumer {c} got one producer's items out of order")
    assert r["largest"] <= maxsize, f"the queue held {r['largest']} items, maxsize is {maxsize}"


@concurrency
def test_many_producers_one_consumer_fifo_per_producer(harness):
    r = harness.stress(3, 6, 1, 300)
    check_stress(r, 6, 300, 3)


@concurrency
def test_many_producers_many_consumers(harness):
    r = harness.stress(4, 4, 4, 500)
    check_stress(r, 4, 500, 4)


@concurrency
def test_maxsize_one_under_contention(harness):
    r = harness.stress(1, 3, 3, 200)
    check_stress(r, 3, 200, 1)


# -- scale -----------------------------------------------------------------------------

@scale
def test_random_single_thread_operations_match_reference(harness, reference):
    """Seed 2024: 20 000 puts and gets that never block, maxsize 50."""
    rng = random.Random(2024)
    ops, size = [], 0
    for _ in range(20_000):
        choice = rng.random()
        if (choice < 0.5 and size < 50) or size == 0:
            ops.append(("put", rng.randrange(10**6)))
            size += 1
        elif choice < 0.9:
            ops.append(("get",))
            size -= 1
        else:
            ops.append(("qsize",))
    q = reference.BoundedQueue(50)
    want = []
    for op in ops:
        if op[0] == "put":
            q.put(op[1])
        elif op[0] == "get":
            want.append(q.get())
        else:
            want.append(q.qsize())
    assert harness.replay(50, ops) == want, "results differ from the reference's"
