"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from lru_cache import LRUCache

pytestmark = pytest.mark.category("example")


def test_get_after_put():
    cache = LRUCache(2)
    cache.put(1, "a")
    assert cache.get(1) == "a"


def test_missing_key_is_minus_one():
    assert LRUCache(2).get("nope") == -1


def test_evicts_least_recently_used():
    cache = LRUCache(2)
    cache.put(1, "a")
    cache.put(2, "b")
    cache.get(1)
    cache.put(3, "c")
    assert cache.get(2) == -1, "2 was the least recently used key and should be gone"
    assert cache.get(1) == "a"
    assert cache.get(3) == "c"


def test_capacity_below_one_raises():
    with pytest.raises(ValueError):
        LRUCache(0)
