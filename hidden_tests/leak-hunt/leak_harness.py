"""Runs beside the submission: replays training runs and observes memory.

Memory is observed with tracemalloc (NumPy reports its array buffers to it) and
object lifetime with weakref; the harness only reports numbers and booleans,
the hidden tests judge them. Batches are created fresh for every step, as a
data loader would, so a trainer that keeps them shows it.
"""

import gc
import tracemalloc
import weakref

import leak_hunt as sub
import numpy as np

N_FEATURES = 8
BATCH = 32


class Recorder:
    """A listener that keeps (event, payload) for every event it hears."""

    def __init__(self):
        self.seen = []

    def __call__(self, event, payload):
        self.seen.append((event, dict(payload)))


def train(reference, xs, ys, lr=0.1, decay=0.0, predict_x=None):
    """Train a new Trainer on the given batches and report everything public about it."""
    recorder = Recorder()
    sub.events.subscribe(recorder)
    try:
        trainer = sub.Trainer(reference, lr=lr, decay=decay)
        before = (trainer.mean_loss(), trainer.mean_abs_error(), trainer.steps)
        losses = [trainer.step(x, y) for x, y in zip(xs, ys, strict=True)]
        out = {
            "before": before,
            "losses": losses,
            "weights": np.array(trainer.weights, dtype=float),
            "bias": float(trainer.bias),
            "steps": trainer.steps,
            "mean_loss": trainer.mean_loss(),
            "mean_abs_error": trainer.mean_abs_error(),
            "learning_rates": [trainer.learning_rate(i) for i in range(len(xs) + 3)],
            "predict": np.array(trainer.predict(predict_x if predict_x is not None else xs[0])),
            "flags": (trainer.stopped, trainer.closed),
        }
        trainer.close()
        out["closed_flags"] = (trainer.stopped, trainer.closed)
        out["events"] = [(event, payload.get("step"), payload.get("loss"))
                         for event, payload in recorder.seen]
        return out
    finally:
        sub.events.unsubscribe(recorder)


def build_and_close(reference, lr=0.1, decay=0.0):
    """Build a Trainer on `reference`, close it, return its weights."""
    trainer = sub.Trainer(reference, lr=lr, decay=decay)
    trainer.close()
    return np.array(trainer.weights)


def _batches(rng, true_w):
    x = rng.normal(2.0, 3.0, size=(BATCH, N_FEATURES))
    y = x @ true_w + 0.5 + rng.normal(0.0, 0.1, size=BATCH)
    return x, y


def _setup(seed):
    rng = np.random.default_rng(seed)
    reference = rng.normal(2.0, 3.0, size=(512, N_FEATURES))
    true_w = rng.normal(size=N_FEATURES)
    return rng, reference, true_w


def memory_growth(warm_steps, steps, seed=0):
    """Traced bytes the process gains over `steps` training steps after a warm-up.

    Returns {"growth": bytes gained, "per_step": bytes per step}.
    """
    rng, reference, true_w = _setup(seed)
    trainer = sub.Trainer(reference, lr=0.01, decay=0.001)
    del reference
    tracemalloc.start()
    try:
        for _ in range(warm_steps):
            trainer.step(*_batches(rng, true_w))
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        for _ in range(steps):
            trainer.step(*_batches(rng, true_w))
        gc.collect()
        end = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
        trainer.close()
    return {"growth": end - start, "per_step": (end - start) / max(steps, 1)}


def retained_bytes_after_steps(steps, seed=0, warm_steps=500):
    """Probe target: traced bytes the process keeps after `steps` more training steps.

    A warm-up of `warm_steps` steps runs first, so that a small bounded cache has
    filled before the measurement starts. Returns max(bytes gained, 0).
    """
    return max(memory_growth(warm_steps, steps, seed)["growth"], 0)


def closed_trainer_collected(steps=5, seed=0):
    """Train, close and drop a trainer; report whether it was garbage-collected.

    Returns {"collected": bool, "held_by": type names of what still refers to it}.
    """
    rng, reference, true_w = _setup(seed)
    trainer = sub.Trainer(reference)
    for _ in range(steps):
        trainer.step(*_batches(rng, true_w))
    trainer.learning_rate(0)
    trainer.close()
    ref = weakref.ref(trainer)
    del trainer
    gc.collect()
    alive = ref()
    if alive is None:
        return {"collected": True, "held_by": []}
    held_by = sorted({type(r).__name__ for r in gc.get_referrers(alive)} - {"frame"})
    del alive
    return {"collected": False, "held_by": held_by}


def closed_trainers_growth(trainers, seed=0, warm=5):
    """Traced bytes gained over creating, training, closing and dropping `trainers` trainers.

    Returns {"growth": bytes gained, "per_trainer": bytes per trainer, "peak": the
    peak traced bytes above the start while they ran}.
    """
    rng, reference, true_w = _setup(seed)

    def one():
        trainer = sub.Trainer(reference, lr=0.01, decay=0.01)
        for _ in range(3):
            trainer.step(*_batches(rng, true_w))
        trainer.learning_rate(1)
        trainer.close()

    tracemalloc.start()
    try:
        for _ in range(warm):
            one()
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        for _ in range(trainers):
            one()
        gc.collect()
        end, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"growth": end - start, "per_trainer": (end - start) / max(trainers, 1),
            "peak": peak - start}


def retained_bytes_after_trainers(trainers, seed=0):
    """Probe target: traced bytes the process keeps after `trainers` trainers were used
    and closed in turn. Returns max(bytes gained, 0)."""
    return max(closed_trainers_growth(trainers, seed)["growth"], 0)


def retained_reference_bytes(rows, what="trainer"):
    """Bytes still traced after building a Trainer (or a normalizer) on a `rows` x 8
    reference array and dropping the caller's reference to that array.

    Returns {"retained": bytes, "data_bytes": size of the reference array}.
    """
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        reference = np.random.default_rng(rows).normal(size=(rows, N_FEATURES))
        data_bytes = reference.nbytes
        if what == "trainer":
            keep = sub.Trainer(reference)
        else:
            keep = sub.make_normalizer(reference)
        del reference
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()
    if what == "trainer":
        keep.close()
    del keep
    return {"retained": retained, "data_bytes": data_bytes}


def stop_all_scenario():
    """stop_all() stops open trainers; report what step() does afterwards."""
    rng, reference, true_w = _setup(1)
    first = sub.Trainer(reference)
    second = sub.Trainer(reference)
    first.step(*_batches(rng, true_w))
    sub.stop_all()
    outcome = {"stopped": (first.stopped, second.stopped)}
    for name, trainer in (("first", first), ("second", second)):
        try:
            trainer.step(*_batches(rng, true_w))
            outcome[name] = "no error"
        except RuntimeError:
            outcome[name] = "RuntimeError"
        trainer.close()
    return outcome
