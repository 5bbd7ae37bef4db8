"""Hidden tests for lru-cache."""

import random

import pytest
from lru_cache import LRUCache

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
scale = pytest.mark.category("scale")


def random_ops(rng, n, keys):
    return [("put", rng.randrange(keys), rng.randrange(1000)) if rng.random() < 0.5
            else ("get", rng.randrange(keys)) for _ in range(n)]


@basic
def test_get_returns_stored_value():
    cache = LRUCache(3)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1 and cache.get("b") == 2


@basic
def test_put_returns_none():
    """put(key, value) -> None, whether it inserts, updates or evicts."""
    cache = LRUCache(1)
    got = [cache.put("a", 1), cache.put("a", 2), cache.put("b", 3)]
    assert got == [None, None, None], f"put must return None (insert, update, evict), got {got}"


@basic
def test_absent_key_returns_minus_one():
    cache = LRUCache(2)
    cache.put("a", 1)
    assert cache.get("z") == -1, "get of an absent key must return -1"


@basic
def test_evicts_least_recently_put():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(3, 3)
    assert cache.get(1) == -1, "the oldest key should have been evicted"
    assert cache.get(2) == 2 and cache.get(3) == 3


@basic
def test_get_refreshes_recency():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.get(1)
    cache.put(3, 3)
    assert cache.get(2) == -1, "get(1) made 2 the least recently used; 2 should be evicted"
    assert cache.get(1) == 1


@trap
def test_update_existing_key_does_not_evict():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(2, 20)
    assert cache.get(1) == 1, "updating an existing key must not evict another key"
    assert cache.get(2) == 20, "the update must store the new value"


@trap
def test_update_refreshes_recency():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(1, 10)
    cache.put(3, 3)
    assert cache.get(2) == -1, "updating 1 made 2 the least recently used; 2 should go"
    assert cache.get(1) == 10


@trap
def test_capacity_one():
    cache = LRUCache(1)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == -1, "capacity 1: a new key evicts the previous one"
    assert cache.get("b") == 2
    cache.put("b", 3)
    assert cache.get("b") == 3, "capacity 1: updating the only key keeps it"


@edge
def test_stored_values_may_be_falsy_or_none():
    cache = LRUCache(3)
    cache.put("zero", 0)
    cache.put("none", None)
    cache.put("empty", "")
    assert cache.get("zero") == 0
    assert cache.get("none") is None
    assert cache.get("empty") == ""


@edge
def test_keys_of_mixed_hashable_types():
    cache = LRUCache(4)
    cache.put((1, 2), "tuple")
    cache.put("1", "str")
    cache.put(1, "int")
    assert [cache.get((1, 2)), cache.get("1"), cache.get(1)] == ["tuple", "str", "int"]


@edge
def test_missed_get_does_not_change_order():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    assert cache.get(99) == -1
    cache.put(3, 3)
    assert cache.get(1) == -1 and cache.get(2) == 2


@error
@pytest.mark.parametrize("capacity", [0, -1])
def test_capacity_below_one_raises_value_error(capacity):
    with pytest.raises(ValueError):
        LRUCache(capacity)


@scale
def test_random_operations_match_reference(harness, reference):
    """Seed 1234: 20 000 random operations over 300 keys, capacity 64."""
    rng = random.Random(1234)
    ops = random_ops(rng, 20_000, 300)
    expected = reference_replay(reference, 64, ops)
    assert harness.replay(64, ops) == expected, "results differ from the reference's"


@scale
def test_random_small_capacities_match_reference(harness, reference):
    """Seed 99: capacities 1 to 5 under heavy churn."""
    rng = random.Random(99)
    for capacity in range(1, 6):
        ops = random_ops(rng, 2_000, 12)
        expected = reference_replay(reference, capacity, ops)
        assert harness.replay(capacity, ops) == expected, f"capacity {capacity} differs"


def reference_replay(reference, capacity, ops):
    cache = reference.LRUCache(capacity)
    out = []
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
        else:
            out.append(cache.get(op[1]))
    return out
