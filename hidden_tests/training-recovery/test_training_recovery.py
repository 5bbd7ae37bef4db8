"""Hidden tests for training-recovery.

The callbacks are the harness's recording objects (tr_harness): they log every
train_epoch and save_checkpoint call in order, raise fresh exception objects,
and check in the sandbox that what propagates is the very object raised.
save_checkpoint may also be called after successful epochs, so the tests look
only at the train calls and at what happens after the last one.
"""

import random

import pytest

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
scale = pytest.mark.category("scale")


def trains(r):
    return [e for kind, e in r["events"] if kind == "train"]


def after_last_train(r):
    """The events after the last train_epoch call."""
    events = r["events"]
    last = max((i for i, (kind, _) in enumerate(events) if kind == "train"), default=-1)
    return events[last + 1:]


def assert_returned(r, want_count):
    assert r["raised"] is None, f"expected {want_count} epochs completed, it raised {r['raised']}"
    assert r["returned"] == want_count, (
        f"expected {want_count} epochs completed, got {r['returned']!r}")


def assert_saved_and_reraised(r, epoch, kind):
    assert r["raised"] == kind, (
        f"expected the {kind} to propagate, got {r['raised'] or r['returned']}")
    assert r["is_last_error"], (
        f"the {kind} that propagated is not the object train_epoch raised "
        "(re-raise the original with a bare `raise`)")
    tail = after_last_train(r)
    assert tail == [["save", epoch]], (
        f"after epoch {epoch} failed, expected exactly save_checkpoint({epoch}), got {tail}")


# -- basic -----------------------------------------------------------------------------

@basic
def test_all_epochs_succeed(harness):
    r = harness.run(5, [])
    assert_returned(r, 5)
    assert trains(r) == [0, 1, 2, 3, 4], f"expected epochs 0..4 in order, got {trains(r)}"


@basic
def test_recoverable_error_retries_the_same_epoch(harness):
    r = harness.run(4, [[2, ["recoverable"]]])
    assert_returned(r, 4)
    assert trains(r) == [0, 1, 2, 2, 3], f"expected [0, 1, 2, 2, 3], got {trains(r)}"


@basic
def test_out_of_memory_runtime_error_is_recoverable(harness):
    r = harness.run(3, [[0, ["oom", "oom"]]])
    assert_returned(r, 3)
    assert trains(r) == [0, 0, 0, 1, 2], f"expected [0, 0, 0, 1, 2], got {trains(r)}"


@basic
def test_default_max_retries_is_three(harness):
    r = harness.run(2, [[1, ["recoverable"] * 3]])
    assert_returned(r, 2)
    assert trains(r) == [0, 1, 1, 1, 1], (
        f"3 failures then success must be allowed by the default 3 retries, got {trains(r)}")


# -- trap ------------------------------------------------------------------------------

@trap
def test_failed_epoch_is_not_skipped(harness):
    r = harness.run(5, [[1, ["recoverable"]], [3, ["recoverable"]]])
    assert trains(r) == [0, 1, 1, 2, 3, 3, 4], (
        f"a recoverable error must re-run the same epoch, not skip it; got {trains(r)}")
    assert_returned(r, 5)


@trap
def test_retries_are_counted_per_epoch(harness):
    r = harness.run(3, [[0, ["oom", "oom"]], [1, ["recoverable", "oom"]], [2, ["oom", "oom"]]],
                    max_retries=2)
    assert_returned(r, 3)
    assert trains(r) == [0, 0, 0, 1, 1, 1, 2, 2, 2], (
        f"each epoch gets its own 2 retries; got {trains(r)}")


@trap
def test_exactly_max_retries_retries(harness):
    r = harness.run(2, [[0, ["recoverable"] * 4]], max_retries=4)
    assert_returned(r, 2)
    assert trains(r) == [0] * 5 + [1], f"max_retries=4 allows 5 attempts; got {trains(r)}"


@trap
def test_mixed_recoverable_kinds_share_the_epoch_budget(harness):
    r = harness.run(2, [[1, ["oom", "recoverable", "oom"]]], max_retries=2)
    assert trains(r) == [0, 1, 1, 1], f"expected 3 attempts of epoch 1, got {trains(r)}"
    assert_saved_and_reraised(r, 1, "RuntimeError")


# -- error -----------------------------------------------------------------------------

@error
def test_retries_exhausted_saves_and_reraises_last_error(harness):
    r = harness.run(4, [[1, ["recoverable"] * 10]], max_retries=2)
    assert trains(r) == [0, 1, 1, 1], f"expected 3 attempts of epoch 1 then stop, got {trains(r)}"
    assert_saved_and_reraised(r, 1, "RecoverableError")


@error
def test_out_of_memory_exhausted(harness):
    r = harness.run(3, [[2, ["oom"] * 10]])
    assert trains(r) == [0, 1, 2, 2, 2, 2], f"expected 4 attempts of epoch 2, got {trains(r)}"
    assert_saved_and_reraised(r, 2, "RuntimeError")


@error
def test_max_retries_zero_means_no_retry(harness):
    r = harness.run(3, [[0, ["recoverable"]]], max_retries=0)
    assert trains(r) == [0], f"max_retries=0: one attempt only, got {trains(r)}"
    assert_saved_and_reraised(r, 0, "RecoverableError")


@error
@pytest.mark.parametrize("kind, name", [("runtime", "RuntimeError"), ("value", "ValueError"),
                                        ("zero", "ZeroDivisionError"),
                                        ("memory", "MemoryError")])
def test_other_errors_are_fatal(harness, kind, name):
    r = harness.run(5, [[2, [kind]]])
    assert trains(r) == [0, 1, 2], f"a {name} must not be retried; epochs run: {trains(r)}"
    assert_saved_and_reraised(r, 2, name)


@error
def test_keyboard_interrupt_saves_and_reraises_the_same_object(harness):
    r = harness.run(5, [[3, ["keyboard"]]])
    assert trains(r) == [0, 1, 2, 3], f"KeyboardInterrupt must stop at once; epochs: {trains(r)}"
    assert_saved_and_reraised(r, 3, "KeyboardInterrupt")


@error
def test_fatal_error_after_retries(harness):
    r = harness.run(3, [[1, ["oom", "recoverable", "value"]]])
    assert trains(r) == [0, 1, 1, 1], f"expected 3 attempts of epoch 1, got {trains(r)}"
    assert_saved_and_reraised(r, 1, "ValueError")


@error
def test_fatal_error_on_first_epoch(harness):
    r = harness.run(3, [[0, ["runtime"]]], max_retries=5)
    assert trains(r) == [0], f"expected one attempt, got {trains(r)}"
    assert_saved_and_reraised(r, 0, "RuntimeError")


# -- edge ------------------------------------------------------------------------------

@edge
def test_zero_epochs(harness):
    r = harness.run(0, [])
    assert_returned(r, 0)
    assert trains(r) == [], f"no epoch should run, got {trains(r)}"


@edge
def test_recoverable_error_subclass_is_recoverable(harness):
    r = harness.run(2, [[0, ["recoverable-subclass", "recoverable-subclass"]]])
    assert_returned(r, 2)
    assert trains(r) == [0, 0, 0, 1], f"expected [0, 0, 0, 1], got {trains(r)}"


@edge
def test_out_of_memory_runtime_error_subclass_is_recoverable(harness):
    """A RuntimeError subclass is a RuntimeError (torch.cuda.OutOfMemoryError is one)."""
    r = harness.run(2, [[0, ["oom-subclass", "oom-subclass"]]])
    assert_returned(r, 2)
    assert trains(r) == [0, 0, 0, 1], f"expected [0, 0, 0, 1], got {trains(r)}"


@edge
def test_recovery_on_the_last_epoch(harness):
    r = harness.run(3, [[2, ["oom", "recoverable", "oom"]]])
    assert_returned(r, 3)
    assert trains(r) == [0, 1, 2, 2, 2, 2], f"expected [0, 1, 2, 2, 2, 2], got {trains(r)}"


@edge
def test_single_epoch_with_large_retry_budget(harness):
    r = harness.run(1, [[0, ["recoverable"] * 20]], max_retries=25)
    assert_returned(r, 1)
    assert len(trains(r)) == 21, f"expected 21 attempts, got {len(trains(r))}"


# -- scale -----------------------------------------------------------------------------

def local_run(reference, epochs, script, max_retries):
    """The same scenario with the reference, in this process: the train calls and outcome."""
    plan = {e: list(k) for e, k in script}
    calls, attempts = [], {}

    def train_epoch(epoch):
        calls.append(epoch)
        attempt = attempts.get(epoch, 0)
        attempts[epoch] = attempt + 1
        kinds = plan.get(epoch, [])
        kind = kinds[attempt] if attempt < len(kinds) else "ok"
        if kind == "oom":
            raise RuntimeError("CUDA out of memory")
        if kind == "recoverable":
            raise reference.RecoverableError("flaky")
        if kind == "value":
            raise ValueError("fatal")

    try:
        return calls, reference.train_with_recovery(train_epoch, epochs, lambda e: None,
                                                    max_retries=max_retries), None
    except (reference.RecoverableError, RuntimeError, ValueError) as exc:
        return calls, None, type(exc).__name__


@scale
@pytest.mark.parametrize("seed", [5, 6])
def test_long_random_runs_match_reference(harness, reference, seed):
    """Seeds 5 and 6: 400 epochs, random bursts of recoverable errors, max_retries 3."""
    rng = random.Random(seed)
    script = []
    for epoch in range(400):
        if rng.random() < 0.3:
            burst = rng.randint(1, 4 if seed == 5 else 3)
            script.append([epoch, [rng.choice(["oom", "recoverable"]) for _ in range(burst)]])
    if seed == 6:
        script.append([399, ["oom"] * 4])  # the last epoch runs out of retries
    calls, returned, raised = local_run(reference, 400, script, 3)
    r = harness.run(400, script, max_retries=3)
    assert trains(r) == calls, "the sequence of train_epoch calls differs from the reference's"
    assert (r["returned"], r["raised"]) == (returned, raised), (
        f"expected returned={returned}, raised={raised}; got {r['returned']}, {r['raised']}")
