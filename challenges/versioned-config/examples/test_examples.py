"""Public examples: the behaviour the prompt shows, run by `grader check`.

Callbacks must live beside your code (a lambda in this file cannot cross into
the sandbox), so the watch example is in the prompt only; the hidden tests
pass a recording callback of their own.
"""

import pytest
from versioned_config import ConfigStore

pytestmark = pytest.mark.category("example")


@pytest.fixture
def store():
    s = ConfigStore()
    assert [s.set("timeout", 30), s.set("retries", 3), s.set("timeout", 45)] == [1, 2, 3]
    return s


def test_get_latest_and_at_version(store):
    assert store.get("timeout") == 45, f"expected 45, got {store.get('timeout')!r}"
    assert store.get("timeout", 1) == 30, f"expected 30, got {store.get('timeout', 1)!r}"


def test_history_oldest_first(store):
    got = [tuple(pair) for pair in store.history("timeout")]
    assert got == [(1, 30), (3, 45)], f"expected [(1, 30), (3, 45)], got {got}"


def test_rollback_is_a_new_version(store):
    assert store.rollback("timeout", 1) == 4
    assert store.get("timeout") == 30
    got = [tuple(pair) for pair in store.history("timeout")]
    assert got == [(1, 30), (3, 45), (4, 30)], f"expected [(1, 30), (3, 45), (4, 30)], got {got}"


def test_unknown_key_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get("missing")
