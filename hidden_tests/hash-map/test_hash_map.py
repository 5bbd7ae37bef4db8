"""Hidden tests for hash-map."""

import random

import pytest
from hash_map import HashMap

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

MAX_LOAD = 0.75


def collider(ident, h=42):
    """A key the harness turns into an object whose __hash__ is h."""
    return ["c", ident, h]


# -- a local replay of the harness's operations on the reference --------------------------
class _Collider:
    __slots__ = ("ident", "h")

    def __init__(self, ident, h):
        self.ident, self.h = ident, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, _Collider) and other.ident == self.ident


def _key(spec):
    if isinstance(spec, list) and len(spec) == 3 and spec[0] == "c":
        return _Collider(spec[1], spec[2])
    return spec


def reference_replay(reference, ops):
    m = reference.HashMap()
    out = []
    for op in ops:
        kind = op[0]
        if kind == "put":
            m.put(_key(op[1]), op[2])
        elif kind == "get":
            out.append(m.get(_key(op[1])) if len(op) == 2 else m.get(_key(op[1]), op[2]))
        elif kind == "remove":
            try:
                m.remove(_key(op[1]))
                out.append("removed")
            except KeyError:
                out.append("KeyError")
        elif kind == "contains":
            out.append(_key(op[1]) in m)
        else:
            out.append(len(m))
    return out


def first_difference(got, want, ops):
    """A readable pointer to the first observation that differs."""
    observed = [op for op in ops if op[0] != "put"]
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if g != w:
            return f"observation {i} ({observed[i][0]}): expected {w!r}, got {g!r}"
    return f"expected {len(want)} observations, got {len(got)}"


# -- basic ---------------------------------------------------------------------------------
@basic
def test_put_then_get():
    m = HashMap()
    m.put("apple", 3)
    m.put("pear", 5)
    got = (m.get("apple"), m.get("pear"))
    assert got == (3, 5), f"expected (3, 5), got {got}"


@basic
def test_get_absent_key_returns_default():
    m = HashMap()
    m.put("apple", 3)
    assert m.get("plum") is None, "get of an absent key must return None by default"
    got = m.get("plum", "fallback")
    assert got == "fallback", f"expected the default 'fallback', got {got!r}"


@basic
def test_put_existing_key_replaces_value():
    m = HashMap()
    m.put("k", 1)
    m.put("k", 2)
    assert m.get("k") == 2, f"expected the new value 2, got {m.get('k')!r}"
    assert len(m) == 1, f"replacing a value must not add a key: len is {len(m)}, expected 1"


@basic
def test_len_counts_distinct_keys():
    m = HashMap()
    assert len(m) == 0, f"a new map has length {len(m)}, expected 0"
    for i, key in enumerate(["a", "b", "c", "a", "b"]):
        m.put(key, i)
    assert len(m) == 3, f"3 distinct keys were put, len is {len(m)}"


@basic
def test_contains():
    m = HashMap()
    m.put("x", 0)
    assert "x" in m, "'x' was put, `in` returned False"
    assert "y" not in m, "'y' was never put, `in` returned True"


@basic
def test_remove_deletes_the_key():
    m = HashMap()
    m.put("a", 1)
    m.put("b", 2)
    m.remove("a")
    assert "a" not in m, "a removed key is still `in` the map"
    assert m.get("a") is None, f"get of a removed key returned {m.get('a')!r}, expected None"
    assert len(m) == 1, f"after one remove of two keys len is {len(m)}, expected 1"
    assert m.get("b") == 2, "removing 'a' lost 'b'"


@basic
def test_many_keys_survive_growth(harness):
    """1000 string and int keys: every one is still found after the table has grown."""
    keys = [f"key{i}" if i % 2 else i * 7919 - 500_000 for i in range(1000)]
    ops = [("put", k, i) for i, k in enumerate(keys)] + [("get", k) for k in keys]
    got = harness.replay(ops)
    missing = [keys[i] for i, v in enumerate(got) if v != i]
    assert not missing, (
        f"{len(missing)} of 1000 keys lost or wrong after growth, first: {missing[:5]}")


# -- edge ----------------------------------------------------------------------------------
@edge
def test_empty_map():
    m = HashMap()
    assert len(m) == 0 and "x" not in m and m.get("x") is None
    assert m.load_factor == 0, f"an empty map's load factor is {m.load_factor}, expected 0"


@edge
@pytest.mark.parametrize("stored", [None, 0, "", False, []])
def test_falsy_stored_value_is_returned_not_default(stored):
    m = HashMap()
    m.put("k", stored)
    got = m.get("k", "DEFAULT")
    assert got == stored and got != "DEFAULT", f"stored {stored!r}, get returned {got!r}"
    assert "k" in m, f"a key whose value is {stored!r} must be `in` the map"


@edge
def test_keys_of_many_types():
    keys = [None, -7, 2**100, -(2**70), 3.5, "", "text", b"bytes", (1, "a"), (), frozenset({1, 2}),
            True]
    m = HashMap()
    for i, key in enumerate(keys):
        m.put(key, i)
    got = [m.get(key) for key in keys]
    assert got == list(range(len(keys))), f"expected {list(range(len(keys)))}, got {got}"
    assert len(m) == len(keys), f"expected {len(keys)} keys, len is {len(m)}"


@edge
def test_reinsert_after_remove():
    m = HashMap()
    m.put("k", 1)
    m.remove("k")
    m.put("k", 2)
    assert m.get("k") == 2 and len(m) == 1, f"expected k=2 and len 1, got {m.get('k')!r}, {len(m)}"


@edge
def test_capacity_is_a_positive_int():
    m = HashMap()
    empty = m.capacity
    m.put(1, 1)
    for cap in (empty, m.capacity):
        assert isinstance(cap, int) and cap >= 1, f"capacity must be an int >= 1, got {cap!r}"


@edge
def test_remove_everything_then_reuse(harness):
    ops = ([("put", i, i) for i in range(200)] + [("remove", i) for i in range(200)]
           + [("len",), ("contains", 5)] + [("put", i, -i) for i in range(0, 200, 2)]
           + [("get", i, "absent") for i in range(200)] + [("len",)])
    got = harness.replay(ops)
    want = (["removed"] * 200 + [0, False]
            + [-i if i % 2 == 0 else "absent" for i in range(200)] + [100])
    assert got == want, first_difference(got, want, ops)


# -- traps: growth and collisions -----------------------------------------------------------
@trap
def test_load_factor_never_exceeds_three_quarters(harness):
    """After every one of 5000 puts, load_factor <= 0.75 (the table grows in time)."""
    trace = harness.shape_trace([("put", f"key{i}", i) for i in range(5000)])
    for size, capacity, load in trace:
        assert load <= MAX_LOAD + 1e-12, (
            f"with {size} keys and capacity {capacity} the load factor is {load:.3f}, "
            f"above 0.75: the table must grow before that")


@trap
def test_load_factor_is_len_over_capacity(harness):
    """load_factor == len / capacity after puts, replacements and removes."""
    rng = random.Random(7)
    ops = []
    for _ in range(3000):
        roll = rng.random()
        key = rng.randrange(500)
        ops.append(("put", key, 0) if roll < 0.6 else ("remove", key))
    for size, capacity, load in harness.shape_trace(ops):
        assert load == pytest.approx(size / capacity, rel=1e-9, abs=1e-12), (
            f"load_factor is {load}, but len / capacity = {size} / {capacity}")


@trap
def test_capacity_grows_with_the_number_of_keys(harness):
    (size, capacity, load), = harness.shape_trace([("put", i, i) for i in range(3000)])[-1:]
    assert size == 3000, f"after 3000 distinct puts len is {size}"
    assert capacity >= size / MAX_LOAD, (
        f"3000 keys need a capacity of at least 4000 at load 0.75, capacity is {capacity}")


@trap
def test_native_hash_collision_minus_one_minus_two():
    """In CPython hash(-1) == hash(-2): equal hashes, different keys."""
    m = HashMap()
    m.put(-1, "minus one")
    m.put(-2, "minus two")
    got = (m.get(-1), m.get(-2), len(m))
    want = ("minus one", "minus two", 2)
    assert got == want, f"expected {want}, got {got}"


@trap
def test_keys_with_one_constant_hash(harness):
    """200 keys whose __hash__ is the same constant: put, replace, get, contains, len."""
    n = 200
    ops = ([("put", collider(i), i) for i in range(n)]
           + [("put", collider(i), -i) for i in range(0, n, 3)]
           + [("get", collider(i)) for i in range(n)]
           + [("contains", collider(n + 1)), ("get", collider(n + 1), "absent"), ("len",)])
    got = harness.replay(ops)
    want = [-i if i % 3 == 0 else i for i in range(n)] + [False, "absent", n]
    assert got == want, first_difference(got, want, ops)


@trap
def test_remove_from_the_middle_of_a_collision_chain(harness):
    """Remove every other colliding key: the ones after them must stay reachable."""
    n = 60
    ops = ([("put", collider(i), i) for i in range(n)]
           + [("remove", collider(i)) for i in range(0, n, 2)]
           + [("get", collider(i), "absent") for i in range(n)]
           + [("len",)]
           + [("put", collider(i), "again") for i in range(1, n, 2)]
           + [("len",), ("remove", collider(0))])
    got = harness.replay(ops)
    want = (["removed"] * (n // 2) + ["absent" if i % 2 == 0 else i for i in range(n)]
            + [n // 2, n // 2, "KeyError"])
    assert got == want, first_difference(got, want, ops)


@trap
def test_negative_and_mixed_hashes_collide_in_groups(harness):
    """Keys in groups of equal (some negative) hashes, through growth and removals."""
    ops = [("put", collider(i, (i % 5) - 2), i) for i in range(300)]
    ops += [("remove", collider(i, (i % 5) - 2)) for i in range(0, 300, 7)]
    ops += [("get", collider(i, (i % 5) - 2), "absent") for i in range(300)]
    got = harness.replay(ops)
    want = ["removed"] * len(range(0, 300, 7)) + ["absent" if i % 7 == 0 else i for i in range(300)]
    assert got == want, first_difference(got, want, ops)


# -- errors --------------------------------------------------------------------------------
@error
def test_remove_from_empty_map_raises_key_error():
    with pytest.raises(KeyError):
        HashMap().remove("missing")


@error
def test_remove_absent_key_raises_key_error():
    m = HashMap()
    m.put("present", 1)
    with pytest.raises(KeyError):
        m.remove("absent")
    assert m.get("present") == 1 and len(m) == 1, "a failed remove must leave the map unchanged"


@error
def test_remove_twice_raises_key_error():
    m = HashMap()
    m.put("k", 1)
    m.remove("k")
    with pytest.raises(KeyError):
        m.remove("k")


# -- mutation ------------------------------------------------------------------------------
@mutation
def test_put_does_not_modify_key_or_value():
    m = HashMap()
    key, value = ("tuple", 1), [3, 1, 2]
    _, args_after, _ = call_and_inspect(m.put, key, value)
    assert args_after == [key, value], f"put changed its arguments: {args_after}"
    got = m.get(key)
    assert got == [3, 1, 2], f"expected the stored value [3, 1, 2] back, got {got!r}"


@mutation
def test_get_and_remove_do_not_modify_arguments():
    m = HashMap()
    m.put(("k",), {"nested": [1, 2]})
    _, args_after, _ = call_and_inspect(m.get, ("k",), ["default"])
    assert args_after == [("k",), ["default"]], f"get changed its arguments: {args_after}"
    _, args_after, _ = call_and_inspect(m.remove, ("k",))
    assert args_after == [("k",)], f"remove changed its argument: {args_after}"


# -- scale ---------------------------------------------------------------------------------
def random_ops(rng, n, key_of):
    ops = []
    for _ in range(n):
        roll, key = rng.random(), key_of(rng)
        if roll < 0.45:
            ops.append(("put", key, rng.randrange(10_000)))
        elif roll < 0.7:
            ops.append(("get", key))
        elif roll < 0.85:
            ops.append(("remove", key))
        elif roll < 0.97:
            ops.append(("contains", key))
        else:
            ops.append(("len",))
    return ops


@scale
@pytest.mark.secret
def test_random_operations_match_reference(harness, reference):
    """Seed 2024: 20 000 random operations over 2000 int and string keys."""
    rng = random.Random(2024)
    ops = random_ops(rng, 20_000, lambda r: r.choice([r.randrange(-1000, 1000),
                                                      f"s{r.randrange(1000)}"]))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)


@scale
@pytest.mark.secret
def test_random_operations_on_colliding_keys_match_reference(harness, reference):
    """Seed 31: 4000 random operations over 150 keys sharing 3 hash values."""
    rng = random.Random(31)
    ops = random_ops(rng, 4000, lambda r: collider(k := r.randrange(150), k % 3))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)
