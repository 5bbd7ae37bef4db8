"""Hidden tests for concurrent-hash-map.

Races are forced in the harness (chm_harness): a 1 microsecond switch interval
and an fn that yields the GIL inside compute, so a compute that is not atomic
loses updates on every run.
"""

import random

import pytest
from concurrent_hash_map import ConcurrentHashMap

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")
concurrency = pytest.mark.category("concurrency")

# Keys whose hash is negative, tiny, or far larger than any segment count.
AWKWARD_KEYS = [-1, -2, -7, -(10**20), -(2**61), 0, 1, 15, 16, 17, 10**9, 10**30, 2**63,
                "", "a", "hello", "segment", (1, 2), (-1, -2), ("x", 3), 3.5, -0.25,
                frozenset({1, 2}), None, b"bytes"]


# -- basic -----------------------------------------------------------------------------

@basic
def test_put_then_get():
    m = ConcurrentHashMap()
    m.put("a", 1)
    m.put("b", 2)
    got = (m.get("a"), m.get("b"))
    assert got == (1, 2), f"expected (1, 2), got {got}"


@basic
def test_get_absent_returns_default():
    m = ConcurrentHashMap()
    m.put("a", 1)
    assert m.get("z") is None, f"get of an absent key should be None, got {m.get('z')!r}"
    assert m.get("z", "dflt") == "dflt", f"expected 'dflt', got {m.get('z', 'dflt')!r}"


@basic
def test_put_replaces_and_len_counts_keys():
    m = ConcurrentHashMap()
    m.put("a", 1)
    m.put("a", 2)
    m.put("b", 3)
    assert m.get("a") == 2, f"put should replace: expected 2, got {m.get('a')}"
    assert len(m) == 2, f"two distinct keys stored, len gave {len(m)}"


@basic
def test_remove_returns_whether_present():
    m = ConcurrentHashMap()
    m.put("a", 1)
    first, second = m.remove("a"), m.remove("a")
    assert first is True, f"removing a present key should return True, got {first!r}"
    assert second is False, f"removing an absent key should return False, got {second!r}"
    assert m.get("a") is None and len(m) == 0, "the removed key is still there"


@basic
def test_compute_passes_none_for_absent_and_stores(harness):
    m = ConcurrentHashMap()
    first = m.compute("k", harness.add_one)
    second = m.compute("k", harness.add_one)
    assert (first, second) == (1, 2), f"expected compute to return 1 then 2, got {first}, {second}"
    assert m.get("k") == 2 and len(m) == 1, f"compute must store its result, get gave {m.get('k')}"


@basic
def test_compute_with_other_values(harness):
    m = ConcurrentHashMap()
    m.put("tags", ["a"])
    got = m.compute("tags", harness.append_tag)
    assert got == ["a", "x"], f"expected ['a', 'x'], got {got}"
    assert m.compute("new", harness.append_tag) == ["x"], "fn must get None for an absent key"


# -- trap: the seed's segment index ----------------------------------------------------

@trap
@pytest.mark.parametrize("segments", [1, 2, 4, 16, 64])
def test_segment_index_in_range_for_awkward_keys(harness, segments):
    r = harness.segment_indexes(segments, AWKWARD_KEYS)
    bad = [i for i in r["first"] if not 0 <= i < segments]
    assert not bad, (f"segment_index must be in range({segments}); {len(bad)} of "
                     f"{len(AWKWARD_KEYS)} keys gave indexes such as {bad[:4]} "
                     "(negative hashes and large hashes both need care)")
    assert r["types"] == ["int"], f"segment_index must return int, got {r['types']}"
    assert r["first"] == r["second"], "segment_index gave different answers for the same key"


@trap
def test_keys_with_large_and_negative_hashes_work():
    m = ConcurrentHashMap()
    for i, key in enumerate(AWKWARD_KEYS):
        m.put(key, i)
    got = [m.get(key) for key in AWKWARD_KEYS]
    want = list(range(len(AWKWARD_KEYS)))
    assert got == want, f"expected {want}, got {got}"
    assert len(m) == len(AWKWARD_KEYS), f"expected {len(AWKWARD_KEYS)} keys, len gave {len(m)}"


@trap
def test_keys_spread_over_segments(harness):
    keys = list(range(64)) + [f"k{i}" for i in range(64)]
    r = harness.segment_indexes(16, keys)
    used = len(set(r["first"]))
    assert used >= 4, f"128 keys landed in only {used} of 16 segments"


# -- edge ------------------------------------------------------------------------------

@edge
def test_stored_none_and_falsy_values():
    m = ConcurrentHashMap()
    m.put("none", None)
    m.put("zero", 0)
    m.put("empty", "")
    assert m.get("none", "dflt") is None, "a stored None must be returned, not the default"
    assert m.get("zero", "dflt") == 0 and m.get("empty", "dflt") == ""
    assert m.remove("none") is True, "removing a key whose value is None should return True"
    assert len(m) == 2, f"expected 2 keys, len gave {len(m)}"


@edge
def test_single_segment_map(harness):
    ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("remove", "b"), ("len",),
           ("add", "c"), ("add", "c"), ("get", "c"), ("len",)]
    got = harness.replay(1, ops)
    want = [1, True, 1, 1, 2, 2, 2]
    assert got == want, f"segments=1: expected {want}, got {got}"


@edge
def test_default_map_has_sixteen_segments():
    m = ConcurrentHashMap()
    indexes = [m.segment_index(k) for k in range(0, 400, 7)]
    bad = [i for i in indexes if not 0 <= i < 16]
    assert not bad, f"the default map (16 segments) gave indexes out of range(16): {bad[:5]}"


@edge
def test_remove_then_reinsert():
    m = ConcurrentHashMap(4)
    m.put(5, "five")
    m.remove(5)
    m.put(5, "again")
    assert m.get(5) == "again" and len(m) == 1, f"expected 'again' and 1 key, got {m.get(5)!r}"


# -- mutation --------------------------------------------------------------------------

@mutation
def test_put_does_not_mutate_its_arguments():
    m = ConcurrentHashMap()
    value = [3, 1, 2]
    _, args_after, _ = call_and_inspect(m.put, ("k", 1), value)
    assert args_after == [("k", 1), [3, 1, 2]], f"put changed its arguments to {args_after}"
    assert m.get(("k", 1)) == [3, 1, 2]


@mutation
def test_compute_does_not_mutate_the_stored_value_in_place(harness):
    m = ConcurrentHashMap()
    m.put("tags", ["a"])
    _, args_after, _ = call_and_inspect(m.compute, "tags", harness.append_tag)
    assert args_after[0] == "tags"
    assert m.get("tags") == ["a", "x"], f"expected ['a', 'x'], got {m.get('tags')}"


# -- concurrency -----------------------------------------------------------------------

@concurrency
def test_compute_is_atomic_8_threads_x_1000(harness):
    r = harness.compute_storm(threads=8, per_thread=1000, keys=1)
    assert not r["errors"], f"compute raised in a thread: {r['errors'][:2]}"
    assert r["hung"] == 0, f"{r['hung']} threads never finished"
    assert r["values"] == [8000], (
        f"8 threads x 1000 compute increments must total 8000, got {r['values'][0]} "
        "(updates were lost: compute is not atomic)")


@concurrency
def test_compute_is_atomic_on_several_keys(harness):
    r = harness.compute_storm(threads=4, per_thread=300, keys=6, segments=4)
    assert not r["errors"] and r["hung"] == 0, f"errors {r['errors'][:2]}, hung {r['hung']}"
    assert r["values"] == [1200] * 6, f"each key should reach 1200, got {r['values']}"


@concurrency
def test_concurrent_puts_of_distinct_keys(harness):
    r = harness.concurrent_puts(threads=8, per_thread=500)
    assert not r["errors"] and r["hung"] == 0, f"errors {r['errors'][:2]}, hung {r['hung']}"
    assert r["wrong"] == 0, f"{r['wrong']} keys had a wrong or missing value"
    assert r["len"] == 4000, f"expected 4000 keys, len gave {r['len']}"


@concurrency
def test_each_key_removed_exactly_once(harness):
    r = harness.concurrent_removes(threads=8, keys=400)
    assert not r["errors"] and r["hung"] == 0, f"errors {r['errors'][:2]}, hung {r['hung']}"
    assert r["removed_true"] == 400, (
        f"400 keys, 8 threads removing each: remove must return True exactly 400 times, "
        f"got {r['removed_true']}")
    assert r["len"] == 0, f"expected an empty map, len gave {r['len']}"


@concurrency
def test_other_segments_do_not_wait_for_a_slow_compute(harness):
    r = harness.striping()
    assert r["found"], "all 400 test keys fell into one segment"
    assert r["fn_entered"], "compute never called its fn"
    assert not r["errors"], f"errors: {r['errors']}"
    assert r["put_while_computing"], (
        "a put to another segment waited for a slow compute: one lock per segment expected")
    assert r["hung"] == 0 and r["values"] == ["a-value", "b-value"], f"final values {r['values']}"


# -- scale -----------------------------------------------------------------------------

@scale
@pytest.mark.parametrize("segments", [1, 16])
def test_random_operations_match_reference(harness, reference, segments):
    """Seed 77: 20 000 random operations over 500 keys."""
    rng = random.Random(77)
    ops = []
    for _ in range(20_000):
        key = rng.choice([rng.randrange(-250, 250), f"s{rng.randrange(100)}"])
        kind = rng.choices(["put", "get", "remove", "add", "len"], [4, 4, 2, 1, 1])[0]
        if kind == "put":
            ops.append(("put", key, rng.randrange(1000)))
        elif kind == "len":
            ops.append(("len",))
        else:
            ops.append((kind, key))
    want = reference_replay(reference, segments, ops)
    got = harness.replay(segments, ops)
    assert got == want, "results differ from the reference's"


def reference_replay(reference, segments, ops):
    m = reference.ConcurrentHashMap(segments)
    out = []

    def add_one(old):
        return (0 if old is None else old) + 1

    for op in ops:
        if op[0] == "put":
            m.put(op[1], op[2])
        elif op[0] == "get":
            out.append(m.get(op[1]))
        elif op[0] == "remove":
            out.append(m.remove(op[1]))
        elif op[0] == "add":
            out.append(m.compute(op[1], add_one))
        else:
            out.append(len(m))
    return out
