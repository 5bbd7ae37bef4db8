"""Hidden tests for versioned-config.

Watch callbacks are harness Recorders (they live beside the submission); the
tests read the calls each one received, in order.
"""

import random

import pytest
from versioned_config import ConfigStore

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def pairs(history):
    return [tuple(p) for p in history]


@pytest.fixture
def store():
    """timeout: 30 @1, 45 @3, 60 @5;  retries: 3 @2, 5 @4."""
    s = ConfigStore()
    for key, value in [("timeout", 30), ("retries", 3), ("timeout", 45), ("retries", 5),
                       ("timeout", 60)]:
        s.set(key, value)
    return s


@basic
def test_versions_are_one_global_counter():
    s = ConfigStore()
    got = [s.set("a", 1), s.set("b", 2), s.set("a", 3), s.set("c", 4), s.set("b", 5)]
    assert got == [1, 2, 3, 4, 5], f"expected versions [1, 2, 3, 4, 5] across keys, got {got}"


@basic
def test_get_latest(store):
    got = (store.get("timeout"), store.get("retries"))
    assert got == (60, 5), f"expected (60, 5), got {got}"


@basic
@pytest.mark.parametrize("key, version, want", [("timeout", 1, 30), ("timeout", 3, 45),
                                                ("timeout", 5, 60), ("retries", 2, 3),
                                                ("retries", 4, 5)])
def test_get_at_own_version(store, key, version, want):
    got = store.get(key, version)
    assert got == want, f"get({key!r}, {version}): expected {want!r}, got {got!r}"


@basic
def test_history_oldest_first(store):
    got = pairs(store.history("timeout"))
    assert got == [(1, 30), (3, 45), (5, 60)], f"expected [(1, 30), (3, 45), (5, 60)], got {got}"
    got = pairs(store.history("retries"))
    assert got == [(2, 3), (4, 5)], f"expected [(2, 3), (4, 5)], got {got}"


@basic
def test_rollback_sets_old_value_as_new_version(store):
    version = store.rollback("timeout", 1)
    assert version == 6, f"rollback should return the next version, 6; got {version!r}"
    assert store.get("timeout") == 30, f"expected 30 after rollback, got {store.get('timeout')!r}"
    assert store.set("retries", 9) == 7, "the counter must continue after a rollback"


@basic
def test_watch_gets_key_old_new(harness):
    s = ConfigStore()
    rec = harness.Recorder()
    s.watch("k", rec)
    s.set("k", "a")
    s.set("k", "b")
    got = rec.wait_for(2)
    assert got == [("k", None, "a"), ("k", "a", "b")], \
        f"expected [('k', None, 'a'), ('k', 'a', 'b')], got {got}"


@basic
def test_unsubscribe_stops_calls(harness):
    s = ConfigStore()
    rec = harness.Recorder()
    unsubscribe = s.watch("k", rec)
    s.set("k", 1)
    rec.wait_for(1)
    unsubscribe()
    s.set("k", 2)
    s.rollback("k", 1)
    got = rec.settled()
    assert got == [("k", None, 1)], f"expected no call after unsubscribe(), got {got}"


@trap
def test_rollback_notifies_watchers(harness, store):
    rec = harness.Recorder()
    store.watch("timeout", rec)
    store.rollback("timeout", 3)
    got = rec.wait_for(1)
    assert got == [("timeout", 60, 45)], \
        f"rollback must be sent to watchers as ('timeout', 60, 45); got {got}"


@trap
def test_rollback_appends_and_keeps_history(store):
    store.rollback("timeout", 1)
    got = pairs(store.history("timeout"))
    want = [(1, 30), (3, 45), (5, 60), (6, 30)]
    assert got == want, f"rollback must append, not rewrite: expected {want}, got {got}"
    assert store.get("timeout", 5) == 60, "the rolled-back version must still be readable"
    assert store.get("timeout", 6) == 30, "the rollback's own version must be readable"


@trap
def test_rollback_of_a_rollback(store):
    first = store.rollback("timeout", 3)
    store.set("timeout", 99)
    second = store.rollback("timeout", first)
    assert (first, second) == (6, 8), f"expected versions 6 and 8, got {first}, {second}"
    assert store.get("timeout") == 45, f"expected 45, got {store.get('timeout')!r}"


@trap
def test_failed_rollback_takes_no_version(store):
    with pytest.raises(KeyError):
        store.rollback("timeout", 999)
    with pytest.raises(KeyError):
        store.rollback("nope", 1)
    got = store.set("x", 1)
    assert got == 6, f"failed rollbacks must not use up versions: expected 6, got {got}"


@trap
def test_unsubscribing_one_watcher_keeps_the_other(harness):
    s = ConfigStore()
    first, second = harness.Recorder(), harness.Recorder()
    unsubscribe_first = s.watch("k", first)
    s.watch("k", second)
    s.set("k", 1)
    first.wait_for(1)
    second.wait_for(1)
    unsubscribe_first()
    s.set("k", 2)
    got_second = second.wait_for(2)
    assert got_second == [("k", None, 1), ("k", 1, 2)], \
        f"the other watcher must still be called: expected two calls, got {got_second}"
    got_first = first.settled()
    assert got_first == [("k", None, 1)], f"the unsubscribed watcher got {got_first}"


@edge
def test_watch_before_the_key_exists(harness):
    s = ConfigStore()
    rec = harness.Recorder()
    s.watch("new", rec)
    s.set("other", 1)
    s.set("new", {"on": True})
    got = rec.wait_for(1)
    assert got == [("new", None, {"on": True})], \
        f"expected one call with old None, got {got}"


@edge
def test_watchers_are_per_key(harness):
    s = ConfigStore()
    rec_a, rec_b = harness.Recorder(), harness.Recorder()
    s.watch("a", rec_a)
    s.watch("b", rec_b)
    s.set("a", 1)
    s.set("b", 2)
    s.set("a", 3)
    got_a, got_b = rec_a.wait_for(2), rec_b.wait_for(1)
    assert got_a == [("a", None, 1), ("a", 1, 3)], f"watcher of 'a' got {got_a}"
    assert rec_b.settled() == [("b", None, 2)], f"watcher of 'b' got {got_b}"


@edge
def test_values_of_any_type():
    s = ConfigStore()
    values = [0, "", [], {"limits": [1, 2, {"x": None}]}, 3.5, False, ("t", 1)]
    versions = [s.set(f"k{i}", v) for i, v in enumerate(values)]
    assert versions == list(range(1, len(values) + 1)), f"got versions {versions}"
    got = [s.get(f"k{i}") for i in range(len(values))]
    assert got == values, f"expected the values back unchanged, got {got}"


@edge
def test_rollback_to_latest_version_still_appends(store):
    version = store.rollback("timeout", 5)
    assert version == 6, f"expected a new version 6, got {version!r}"
    assert pairs(store.history("timeout"))[-1] == (6, 60)


@edge
def test_many_watchers_and_changes(harness):
    s = ConfigStore()
    recs = [harness.Recorder() for _ in range(3)]
    for rec in recs:
        s.watch("k", rec)
    for value in range(5):
        s.set("k", value)
    s.rollback("k", 2)
    want = [("k", None, 0)] + [("k", v - 1, v) for v in range(1, 5)] + [("k", 4, 1)]
    for i, rec in enumerate(recs):
        got = rec.wait_for(len(want))
        assert got == want, f"watcher {i}: expected {want}, got {got}"


@error
def test_get_unknown_key_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get("missing")


@error
@pytest.mark.parametrize("version", [0, -1, 1])
def test_get_before_first_version_raises_key_error(store, version):
    # retries was first set at version 2: 0, -1 and 1 (timeout's first) come before it.
    with pytest.raises(KeyError):
        store.get("retries", version)


@error
def test_rollback_unknown_key_raises_key_error(store):
    with pytest.raises(KeyError):
        store.rollback("missing", 1)


@error
@pytest.mark.parametrize("version", [0, -3, 6, 1000])
def test_rollback_unknown_version_raises_key_error(store, version):
    with pytest.raises(KeyError):
        store.rollback("timeout", version)


@error
def test_rollback_before_first_version_raises_key_error(store):
    with pytest.raises(KeyError):
        store.rollback("retries", 1)


@mutation
def test_set_does_not_modify_the_value():
    s = ConfigStore()
    value = {"limits": [3, 1, 2], "name": "svc"}
    _, args_after, _ = call_and_inspect(s.set, "cfg", value)
    assert args_after[1] == value, f"set changed its value argument: {value} became {args_after[1]}"
    _, args_after, _ = call_and_inspect(s.set, "cfg", [3, 2, 1])
    assert args_after[1] == [3, 2, 1], f"set changed its value argument to {args_after[1]}"


# -- randomized -----------------------------------------------------------------------

def random_ops(rng, n, keys=6, recorders=4):
    """Sets, reads at own versions, rollbacks (own and unknown versions), watches."""
    ops, own, watches, live = [], {}, 0, []
    version = 0
    for _ in range(n):
        r = rng.random()
        key = f"key{rng.randrange(keys)}"
        if r < 0.35:
            version += 1
            ops.append(("set", key, rng.randrange(1000)))
            own.setdefault(key, []).append(version)
        elif r < 0.5:
            ops.append(("get", key))
        elif r < 0.62 and key in own:
            ops.append(("get", key, rng.choice(own[key])))
        elif r < 0.67 and key in own:
            ops.append(("get", key, own[key][0] - rng.randint(1, 3)))
        elif r < 0.72:
            ops.append(("history", key))
        elif r < 0.82 and key in own:
            version += 1
            ops.append(("rollback", key, rng.choice(own[key])))
            own[key].append(version)
        elif r < 0.85:
            ops.append(("rollback", key, version + rng.randint(1, 5)))
        elif r < 0.95:
            ops.append(("watch", key, rng.randrange(recorders)))
            live.append(watches)
            watches += 1
        elif live:
            ops.append(("unwatch", live.pop(rng.randrange(len(live)))))
    return ops


def reference_replay(reference, ops, n_recorders):
    store = reference.ConfigStore()
    calls = [[] for _ in range(n_recorders)]
    unsubscribes, out = [], []

    def run(fn, *args):
        try:
            return ("ok", fn(*args))
        except KeyError:
            return ("raised", "KeyError")

    for op in ops:
        if op[0] == "set":
            out.append(run(store.set, op[1], op[2]))
        elif op[0] == "get":
            out.append(run(store.get, *op[1:]))
        elif op[0] == "history":
            got = run(store.history, op[1])
            out.append(("ok", [tuple(p) for p in got[1]]) if got[0] == "ok" else got)
        elif op[0] == "rollback":
            out.append(run(store.rollback, op[1], op[2]))
        elif op[0] == "watch":
            sink = calls[op[2]]
            unsubscribes.append(store.watch(op[1], lambda *a, sink=sink: sink.append(a)))
            out.append(("ok", None))
        else:
            unsubscribes[op[1]]()
            out.append(("ok", None))
    return out, calls


@scale
def test_random_operations_match_reference(harness, reference):
    """Seed 31: 3 000 operations over 6 keys with 4 recorders watching and unwatching."""
    rng = random.Random(31)
    ops = random_ops(rng, 3000)
    want_out, want_calls = reference_replay(reference, ops, 4)
    got_out, got_calls = harness.replay(ops, 4)
    ignore_history_of_unknown = [i for i, op in enumerate(ops)
                                 if op[0] == "history" and want_out[i][0] == "raised"]
    for i, (got, want) in enumerate(zip(got_out, want_out, strict=True)):
        if i in ignore_history_of_unknown:
            continue  # history of an unknown key is the candidate's choice
        assert got == want, f"operation {i} {ops[i][:2]}: expected {want}, got {got}"
    for i, (got, want) in enumerate(zip(got_calls, want_calls, strict=True)):
        got, want = [tuple(c) for c in got], [tuple(c) for c in want]
        assert len(got) == len(want), f"recorder {i}: expected {len(want)} calls, got {len(got)}"
        first = next((j for j, (g, w) in enumerate(zip(got, want, strict=True)) if g != w), None)
        assert first is None, \
            f"recorder {i}, call {first}: expected {want[first]}, got {got[first]}"
