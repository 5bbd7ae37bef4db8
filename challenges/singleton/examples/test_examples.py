"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest

pytestmark = pytest.mark.category("example")


def test_one_instance_per_class(harness):
    r = harness.repeated_calls(5)
    assert r["distinct"] == 1, f"5 calls gave {r['distinct']} different instances"
    assert r["init_calls"] == 1, f"__init__ ran {r['init_calls']} times, expected once"


def test_first_call_arguments_reach_init(harness):
    r = harness.first_call_arguments()
    assert r["env"] == "dev", f"expected env 'dev' from the first call, got {r['env']!r}"


def test_subclass_has_its_own_instance(harness):
    r = harness.family(["Base", "Child", "Base", "Child"])
    assert r["types"] == ["Base", "Child", "Base", "Child"], f"got types {r['types']}"
    assert r["distinct_per_class"] == {"Base": 1, "Child": 1}
    assert r["base_is_child"] is False
