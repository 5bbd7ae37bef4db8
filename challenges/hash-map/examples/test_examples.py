"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from hash_map import HashMap

pytestmark = pytest.mark.category("example")


def test_put_get_and_default():
    m = HashMap()
    m.put("apple", 3)
    assert m.get("apple") == 3
    assert m.get("plum") is None
    assert m.get("plum", 0) == 0


def test_replace_contains_remove():
    m = HashMap()
    m.put("apple", 3)
    m.put("apple", 4)
    assert len(m) == 1 and m.get("apple") == 4
    assert "apple" in m
    m.remove("apple")
    assert "apple" not in m and len(m) == 0


def test_remove_absent_raises_key_error():
    with pytest.raises(KeyError):
        HashMap().remove("nope")


def test_grows_and_keeps_load_factor():
    m = HashMap()
    for i in range(100):
        m.put(i, i * i)
    assert len(m) == 100 and m.get(99) == 9801
    assert m.load_factor <= 0.75
    assert m.load_factor == pytest.approx(len(m) / m.capacity)
