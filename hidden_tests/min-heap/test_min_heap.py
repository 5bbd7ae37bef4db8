"""Hidden tests for min-heap."""

import random

import pytest
from min_heap import MinHeap

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def reference_replay(reference, ops):
    h = reference.MinHeap()
    out = []
    for op in ops:
        kind = op[0]
        if kind == "heapify":
            h = reference.MinHeap.heapify(op[1])
        elif kind == "push":
            h.push(op[1])
        elif kind in ("pop", "peek"):
            try:
                out.append(h.pop() if kind == "pop" else h.peek())
            except IndexError:
                out.append("IndexError")
        else:
            out.append(len(h))
    return out


def first_difference(got, want, ops):
    asked = [op[0] for op in ops if op[0] not in ("push", "heapify")]
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if g != w:
            return f"observation {i} ({asked[i]}): expected {w!r}, got {g!r}"
    return f"expected {len(want)} observations, got {len(got)}"


def drained(h):
    return [h.pop() for _ in range(len(h))]


# -- basic ---------------------------------------------------------------------------------
@basic
def test_pop_returns_items_smallest_first():
    h = MinHeap()
    for x in (5, 3, 8, 1, 9, 2):
        h.push(x)
    got = drained(h)
    assert got == [1, 2, 3, 5, 8, 9], f"expected [1, 2, 3, 5, 8, 9], got {got}"


@basic
def test_peek_returns_min_and_keeps_it():
    h = MinHeap()
    for x in (4, 2, 6):
        h.push(x)
    assert h.peek() == 2, f"peek returned {h.peek()!r}, expected 2"
    assert len(h) == 3, f"peek must not remove: len is {len(h)}, expected 3"
    assert h.pop() == 2 and h.peek() == 4, "after popping 2 the minimum is 4"


@basic
def test_len_tracks_pushes_and_pops():
    h = MinHeap()
    sizes = [len(h)]
    for x in (3, 1, 2):
        h.push(x)
        sizes.append(len(h))
    h.pop()
    sizes.append(len(h))
    assert sizes == [0, 1, 2, 3, 2], f"expected lengths [0, 1, 2, 3, 2], got {sizes}"


@basic
def test_heapify_returns_a_min_heap():
    h = MinHeap.heapify([9, 4, 7, 1, 8, 2])
    assert isinstance(h, MinHeap), "heapify must return a MinHeap"
    assert len(h) == 6, f"heapify of 6 items gave len {len(h)}"
    got = drained(h)
    assert got == [1, 2, 4, 7, 8, 9], f"expected [1, 2, 4, 7, 8, 9], got {got}"


@basic
def test_push_and_pop_interleaved(harness):
    ops = [("push", 5), ("push", 7), ("pop",), ("push", 1), ("push", 6), ("peek",), ("pop",),
           ("push", 0), ("pop",), ("pop",), ("len",)]
    got = harness.replay(ops)
    want = [5, 1, 1, 0, 6, 1]
    assert got == want, first_difference(got, want, ops)


@basic
@pytest.mark.secret
def test_random_pushes_come_out_sorted(harness):
    """Seed 8: 300 random ints pushed, then popped: sorted order."""
    rng = random.Random(8)
    values = [rng.randrange(-1000, 1000) for _ in range(300)]
    got = harness.replay([("push", v) for v in values] + [("pop",)] * 300)
    assert got == sorted(values), first_difference(got, sorted(values), [("pop",)] * 300)


# -- edge ----------------------------------------------------------------------------------
@edge
def test_duplicates_and_negatives(harness):
    values = [3, -1, 3, 0, -1, -7, 3, 0]
    got = harness.replay([("push", v) for v in values] + [("pop",)] * len(values))
    assert got == sorted(values), f"expected {sorted(values)}, got {got}"


@edge
def test_all_equal_items():
    h = MinHeap.heapify([4] * 9)
    h.push(4)
    got = drained(h)
    assert got == [4] * 10, f"expected ten 4s, got {got}"


@edge
@pytest.mark.parametrize("values", [
    [2.5, 1, -0.5, 3, 1.0000001],
    ["pear", "apple", "fig", "Apple", ""],
    [(2, "b"), (1, "z"), (2, "a"), (0, "c")],
], ids=["int-float", "strings", "tuples"])
def test_other_comparable_items(harness, values):
    got = harness.replay([("heapify", values)] + [("pop",)] * len(values))
    assert got == sorted(values), f"expected {sorted(values)}, got {got}"


@edge
def test_single_item():
    h = MinHeap()
    h.push("only")
    assert h.peek() == "only" and len(h) == 1
    assert h.pop() == "only" and len(h) == 0


@edge
@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 16, 17])
def test_heapify_small_sizes(harness, size):
    """Every small shape of tree: full, one child short, a lone left child."""
    values = list(range(size, 0, -1))
    got = harness.replay([("heapify", values), ("len",)] + [("pop",)] * size)
    want = [size, *sorted(values)]
    assert got == want, f"heapify of {values}: expected len then pops {want}, got {got}"


@edge
def test_heapify_of_tuple_and_generator(harness):
    h = MinHeap.heapify((5, 2, 9, 1))
    got = drained(h)
    assert got == [1, 2, 5, 9], f"heapify of a tuple: expected [1, 2, 5, 9], got {got}"
    got = harness.heapify_generator_and_drain([6, 3, 8, 3, 0])
    want = [5, [0, 3, 3, 6, 8]]
    assert got == want, f"heapify of a generator: expected len and pops {want}, got {got}"


@edge
def test_push_after_heapify(harness):
    ops = [("heapify", [10, 20, 30]), ("push", 5), ("push", 25), ("peek",), ("len",)]
    ops += [("pop",)] * 5
    got = harness.replay(ops)
    want = [5, 5, 5, 10, 20, 25, 30]
    assert got == want, first_difference(got, want, ops)


# -- errors --------------------------------------------------------------------------------
@error
def test_pop_on_empty_heap_raises_index_error():
    with pytest.raises(IndexError):
        MinHeap().pop()


@error
def test_peek_on_empty_heap_raises_index_error():
    with pytest.raises(IndexError):
        MinHeap().peek()


@error
def test_pop_and_peek_after_draining_raise_index_error():
    h = MinHeap.heapify([2, 1])
    h.pop()
    h.pop()
    with pytest.raises(IndexError):
        h.peek()
    with pytest.raises(IndexError):
        h.pop()
    h.push(3)
    assert h.pop() == 3, "after an IndexError the heap must still work"


@error
def test_heapify_of_empty_iterable_then_pop_raises():
    h = MinHeap.heapify([])
    assert len(h) == 0, f"heapify([]) must give an empty heap, len is {len(h)}"
    with pytest.raises(IndexError):
        h.pop()


# -- mutation ------------------------------------------------------------------------------
@mutation
def test_heapify_does_not_modify_the_callers_list():
    data = [9, 4, 7, 1, 8, 2, 6]
    _, args_after, _ = call_and_inspect(MinHeap.heapify, data)
    assert args_after == [data], f"heapify changed its argument {data} into {args_after[0]}"


@mutation
def test_later_pushes_and_pops_do_not_touch_the_callers_list(harness):
    heapify_ok, later_ok = harness.heapify_keeps_caller_list([9, 4, 7, 1, 8, 2, 6])
    assert heapify_ok, "heapify changed the caller's list"
    assert later_ok, "pushing to and popping from the heap changed the list given to heapify"


@mutation
def test_push_does_not_modify_the_item():
    h = MinHeap()
    h.push([2, 1])
    _, args_after, _ = call_and_inspect(h.push, [1, 3, 2])
    assert args_after == [[1, 3, 2]], f"push changed its argument into {args_after[0]}"
    assert h.pop() == [1, 3, 2], "the smaller list [1, 3, 2] should pop first, unchanged"


# -- scale ---------------------------------------------------------------------------------
@scale
@pytest.mark.secret
def test_random_operations_match_reference(harness, reference):
    """Seed 4242: 20 000 random pushes, pops, peeks and lens (duplicates frequent)."""
    rng = random.Random(4242)
    ops = []
    for _ in range(20_000):
        roll = rng.random()
        if roll < 0.5:
            ops.append(("push", rng.randrange(500)))
        elif roll < 0.85:
            ops.append(("pop",))
        elif roll < 0.95:
            ops.append(("peek",))
        else:
            ops.append(("len",))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)


@scale
@pytest.mark.secret
def test_heapify_then_drain_large(harness):
    """Seed 99: heapify 5000 random floats, then pop them all: sorted order."""
    rng = random.Random(99)
    values = [rng.uniform(-1e6, 1e6) for _ in range(5000)]
    got = harness.replay([("heapify", values)] + [("pop",)] * 5000)
    want = sorted(values)
    assert got == want, first_difference(got, want, [("pop",)] * 5000)


@scale
@pytest.mark.secret
def test_heapify_then_mixed_operations_match_reference(harness, reference):
    """Seed 5: heapify 3000 items, then 6000 operations biased to pop."""
    rng = random.Random(5)
    ops = [("heapify", [rng.randrange(10_000) for _ in range(3000)])]
    for _ in range(6000):
        ops.append(("pop",) if rng.random() < 0.6 else ("push", rng.randrange(10_000)))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)
