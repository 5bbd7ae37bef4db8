"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from concurrent_hash_map import ConcurrentHashMap

pytestmark = pytest.mark.category("example")


def test_put_and_get():
    m = ConcurrentHashMap()
    m.put("a", 1)
    assert m.get("a") == 1, f"expected 1, got {m.get('a')}"
    assert m.get("b") is None and m.get("b", 0) == 0, "absent keys give the default"


def test_remove_reports_presence():
    m = ConcurrentHashMap()
    m.put("a", 1)
    assert m.remove("a") is True
    assert m.remove("a") is False
    assert len(m) == 0, f"expected an empty map, len gave {len(m)}"


def test_compute_on_absent_key(harness):
    m = ConcurrentHashMap()
    got = m.compute("n", harness.add_one)
    assert got == 1, f"fn(None) should give 1, got {got}"
    assert m.compute("n", harness.add_one) == 2 and m.get("n") == 2


def test_segment_index_in_range():
    m = ConcurrentHashMap(segments=4)
    for key in (-7, 10**30, "abc", (1, 2)):
        idx = m.segment_index(key)
        assert idx in range(4), f"segment_index({key!r}) gave {idx}, not in range(4)"
