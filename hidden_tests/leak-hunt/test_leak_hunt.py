"""Hidden tests for leak-hunt.

Two halves: the public behaviour of the stub must be unchanged (compared with
the reference, which is the stub with its leaks fixed), and the leaks must be
gone (observed in the harness with tracemalloc and weakref).
"""

import numpy as np
import pytest
from leak_hunt import EventBus, Trainer, make_normalizer

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")

RTOL, ATOL = 1e-9, 1e-12
# After a 500-step warm-up (room for a modest bounded cache to fill), a fixed
# trainer gains about 100 bytes over 1000 steps (noise); the stub
# gains over 3 MB. 8 KB is less than one float object per step.
FLAT_BYTES = 8 * 1024


def make_run(seed, steps, n_features=5, batch=16):
    """Seeded inputs: a reference array and `steps` fresh batches of a noisy linear target."""
    rng = np.random.default_rng(seed)
    reference = rng.normal(1.0, 2.0, size=(200, n_features))
    true_w = rng.normal(size=n_features)
    xs = [rng.normal(1.0, 2.0, size=(batch, n_features)) for _ in range(steps)]
    ys = [x @ true_w - 0.3 + rng.normal(0.0, 0.2, size=batch) for x in xs]
    return reference, xs, ys


def reference_train(ref, reference, xs, ys, lr=0.1, decay=0.0):
    """What harness.train reports, computed with the reference module in this process."""
    seen = []

    def listener(event, payload):
        seen.append((event, payload.get("step"), payload.get("loss")))

    ref.events.subscribe(listener)
    try:
        trainer = ref.Trainer(reference, lr=lr, decay=decay)
        before = (trainer.mean_loss(), trainer.mean_abs_error(), trainer.steps)
        losses = [trainer.step(x, y) for x, y in zip(xs, ys, strict=True)]
        out = {"before": before, "losses": losses, "weights": trainer.weights,
               "bias": trainer.bias, "steps": trainer.steps, "mean_loss": trainer.mean_loss(),
               "mean_abs_error": trainer.mean_abs_error(),
               "learning_rates": [trainer.learning_rate(i) for i in range(len(xs) + 3)],
               "predict": trainer.predict(xs[0])}
        trainer.close()
        out["events"] = seen
        return out
    finally:
        ref.events.unsubscribe(listener)


def close(got, want, what):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    ok = got.shape == want.shape and np.allclose(got, want, rtol=RTOL, atol=ATOL)
    assert ok, f"{what}: expected {np.round(want, 6).tolist()}, got {np.round(got, 6).tolist()}"


# -- behaviour unchanged ---------------------------------------------------------------

@basic
def test_losses_weights_and_bias_unchanged(harness, reference):
    """Seed 1: 40 steps, lr 0.1, no decay."""
    data = make_run(1, 40)
    got = harness.train(*data, lr=0.1, decay=0.0)
    want = reference_train(reference, *data, lr=0.1, decay=0.0)
    close(got["losses"], want["losses"], "losses returned by step()")
    close(got["weights"], want["weights"], "weights after 40 steps")
    close(got["bias"], want["bias"], "bias after 40 steps")
    assert got["steps"] == 40, f"expected steps == 40, got {got['steps']}"


@basic
def test_mean_loss_and_mean_abs_error_unchanged(harness, reference):
    """Seed 2: 150 steps with decay: the means cover every step, not only recent ones."""
    data = make_run(2, 150)
    got = harness.train(*data, lr=0.05, decay=0.01)
    want = reference_train(reference, *data, lr=0.05, decay=0.01)
    close(got["mean_loss"], want["mean_loss"], "mean_loss() after 150 steps")
    close(got["mean_abs_error"], want["mean_abs_error"], "mean_abs_error() after 150 steps")


@basic
def test_learning_rate_schedule_unchanged(harness, reference):
    """Seed 3: learning_rate(step) == lr / (1 + decay * step)."""
    data = make_run(3, 10)
    got = harness.train(*data, lr=0.2, decay=0.5)
    want = reference_train(reference, *data, lr=0.2, decay=0.5)
    close(got["learning_rates"], want["learning_rates"], "learning_rate(0..12)")
    close(got["losses"], want["losses"], "losses with a decaying learning rate")


@basic
def test_step_events_unchanged(harness, reference):
    """Seed 4: each step emits ("step", {"step": n, "loss": loss}) on the bus."""
    data = make_run(4, 12)
    got = harness.train(*data)
    want = reference_train(reference, *data)
    names = [(event, step) for event, step, _ in got["events"]]
    want_names = [(event, step) for event, step, _ in want["events"]]
    assert names == want_names, f"events (name, step): expected {want_names}, got {names}"
    close([loss for *_, loss in got["events"]], [loss for *_, loss in want["events"]],
          "losses carried by the step events")


@basic
def test_predict_unchanged(harness, reference):
    """Seed 5: predictions after training."""
    data = make_run(5, 25, n_features=3)
    got = harness.train(*data)
    want = reference_train(reference, *data)
    close(got["predict"], want["predict"], "predict(first batch) after 25 steps")


@edge
def test_means_are_zero_before_any_step(harness):
    data = make_run(6, 1)
    got = harness.train(*data)
    assert tuple(got["before"]) == (0.0, 0.0, 0), (
        f"before any step: expected (mean_loss, mean_abs_error, steps) == (0.0, 0.0, 0), "
        f"got {tuple(got['before'])}")


@edge
def test_normalizer_centres_constant_columns(reference):
    ref_data = np.array([[1.0, 5.0, 2.0], [3.0, 5.0, 4.0], [5.0, 5.0, 9.0]])
    batch = np.array([[2.0, 6.0, 1.0], [0.0, 5.0, 3.0]])
    got = make_normalizer(ref_data)(batch)
    want = reference.make_normalizer(ref_data)(batch)
    close(got, want, "make_normalizer(reference)(batch) with a constant column")


@edge
def test_close_twice_and_flags(harness):
    data = make_run(7, 3)
    got = harness.train(*data)
    assert tuple(got["flags"]) == (False, False), (
        f"an open trainer: expected (stopped, closed) == (False, False), got {got['flags']}")
    assert got["closed_flags"][1] is True, "after close(): expected closed == True"
    trainer = Trainer(data[0])
    trainer.close()
    trainer.close()  # closing twice is allowed, as in the original
    assert trainer.closed is True


@edge
def test_event_bus_subscribe_and_unsubscribe(harness):
    bus = EventBus()
    recorder = harness.Recorder()
    assert bus.subscribe(recorder) is recorder, "subscribe() returns the listener"
    bus.emit("first", a=1)
    bus.unsubscribe(recorder)
    bus.emit("second", a=2)
    seen = recorder.seen
    assert seen == [("first", {"a": 1})], f"expected [('first', {{'a': 1}})], got {seen}"


@error
def test_closed_trainer_refuses_to_step():
    reference, xs, ys = make_run(8, 2)
    trainer = Trainer(reference)
    trainer.step(xs[0], ys[0])
    trainer.close()
    with pytest.raises(RuntimeError):
        trainer.step(xs[1], ys[1])


@error
def test_stop_all_stops_open_trainers(harness):
    got = harness.stop_all_scenario()
    want = {"stopped": (True, True), "first": "RuntimeError", "second": "RuntimeError"}
    assert got == want, f"after stop_all(): expected {want}, got {got}"


@error
def test_unsubscribing_an_unknown_listener_raises(harness):
    with pytest.raises(ValueError):
        EventBus().unsubscribe(harness.Recorder())


@mutation
def test_step_does_not_mutate_its_batch():
    reference, xs, ys = make_run(9, 1)
    trainer = Trainer(reference)
    _, args_after, _ = call_and_inspect(trainer.step, xs[0], ys[0])
    trainer.close()
    assert np.array_equal(args_after[0], xs[0]), "step() changed its x argument"
    assert np.array_equal(args_after[1], ys[0]), "step() changed its y argument"


@mutation
def test_trainer_does_not_mutate_reference(harness):
    ref_data = make_run(10, 1)[0]
    # call_and_inspect takes functions, not classes: the harness builds the Trainer.
    _, args_after, _ = call_and_inspect(harness.build_and_close, ref_data)
    assert np.array_equal(args_after[0], ref_data), "Trainer() changed its reference array"


# -- leaks gone ------------------------------------------------------------------------

@trap
def test_memory_stays_flat_over_training_steps(harness):
    """History lists holding whole arrays, or a cache growing per step, grow with k."""
    got = harness.memory_growth(500, 1000)
    assert got["growth"] < FLAT_BYTES, (
        f"memory grew by {got['growth']} bytes over 1000 steps ({got['per_step']:.0f} bytes "
        f"per step); expected it to stay flat (under {FLAT_BYTES} bytes in all)")


@trap
def test_closed_trainer_is_garbage_collected(harness):
    """A listener never removed, or an lru_cache on a method, keeps the trainer alive."""
    got = harness.closed_trainer_collected()
    assert got["collected"], (
        f"a closed, dropped trainer was not garbage-collected; still referred to by "
        f"{got['held_by']}")


@trap
def test_closed_trainers_do_not_accumulate(harness):
    got = harness.closed_trainers_growth(50)
    assert got["growth"] < FLAT_BYTES, (
        f"memory grew by {got['growth']} bytes over 50 trainers used and closed "
        f"({got['per_trainer']:.0f} bytes per trainer); expected it to stay flat")


@trap
def test_trainer_does_not_keep_reference_data(harness):
    """The normalizer's closure must not capture the whole reference array."""
    got = harness.retained_reference_bytes(50_000, "trainer")
    assert got["retained"] < got["data_bytes"] // 10, (
        f"a trainer built on a {got['data_bytes']}-byte reference array keeps "
        f"{got['retained']} bytes alive after the caller dropped the array")


@trap
def test_normalizer_does_not_keep_reference_data(harness):
    got = harness.retained_reference_bytes(50_000, "normalizer")
    assert got["retained"] < got["data_bytes"] // 10, (
        f"make_normalizer() on a {got['data_bytes']}-byte array keeps {got['retained']} "
        f"bytes alive after the caller dropped the array")
