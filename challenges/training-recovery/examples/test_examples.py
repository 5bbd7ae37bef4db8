"""Public examples: the behaviour the prompt shows, run by `grader check`.

The callbacks are the harness's recording objects (tr_harness.run): a script
says how each attempt of each epoch ends.
"""

import pytest

pytestmark = pytest.mark.category("example")


def trains(r):
    return [e for kind, e in r["events"] if kind == "train"]


def test_all_epochs_succeed(harness):
    r = harness.run(3, [])
    assert r["returned"] == 3, f"expected 3 epochs completed, got {r}"
    assert trains(r) == [0, 1, 2], f"expected epochs [0, 1, 2], got {trains(r)}"


def test_out_of_memory_retries_the_same_epoch(harness):
    r = harness.run(3, [[1, ["oom", "oom"]]])
    assert r["returned"] == 3, f"expected 3, got {r}"
    assert trains(r) == [0, 1, 1, 1, 2], f"expected [0, 1, 1, 1, 2], got {trains(r)}"


def test_other_error_saves_and_reraises(harness):
    r = harness.run(5, [[2, ["value"]]])
    assert r["raised"] == "ValueError" and r["is_last_error"], f"got {r}"
    assert r["events"][-1] == ["save", 2], f"expected save_checkpoint(2) last, got {r['events']}"
