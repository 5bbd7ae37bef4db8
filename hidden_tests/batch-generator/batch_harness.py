"""Runs beside the submission: augment callbacks, whole epochs in one call, mutation checks.

Augment functions cannot be sent into the sandbox from a test, so they live
here; tests pass them by name or as harness objects.
"""

import batch_generator as sub
import numpy as np


def add_one_in_place(batch):
    """An augment that edits its batch in place (and returns it)."""
    batch += 1
    return batch


def double(batch):
    """An augment that returns a new array."""
    return batch * 2


def negate_in_place(batch):
    np.negative(batch, out=batch)
    return batch


AUGMENTS = {"add_one_in_place": add_one_in_place, "double": double,
            "negate_in_place": negate_in_place, None: None}


def epochs(gen, k=1):
    """k epochs of a generator: a list of epochs, each a list of batches (or (x, y) pairs)."""
    out = []
    for _ in range(k):
        out.append([tuple(b) if isinstance(b, tuple) else b for b in gen])
    return out


def run(data, batch_size, k=1, labels=None, augment=None, **options):
    """Build a generator here (on arrays that stay here), run k epochs, and report
    the batches and whether data and labels were left unchanged."""
    data = np.array(data)
    labels = None if labels is None else np.array(labels)
    data_before = data.copy()
    labels_before = None if labels is None else labels.copy()
    gen = sub.BatchGenerator(data, batch_size, labels=labels, augment=AUGMENTS[augment],
                             **options)
    batches = epochs(gen, k)
    return {
        "epochs": batches,
        "len": len(gen),
        "data_unchanged": bool(np.array_equal(data, data_before)),
        "labels_unchanged": labels is None or bool(np.array_equal(labels, labels_before)),
    }


def interleaved_same_seed(n, batch_size, seed, k=2):
    """Two generators with the same seed, built one after the other and iterated in
    turn (with unrelated draws from NumPy's global random state in between)."""
    data = np.arange(n)
    first = sub.BatchGenerator(data, batch_size, shuffle=True, seed=seed)
    second = sub.BatchGenerator(data, batch_size, shuffle=True, seed=seed)
    a, b = [], []
    for _ in range(k):
        a.append(np.concatenate(list(first)))
        np.random.random(3)
        b.append(np.concatenate(list(second)))
    return {"first": a, "second": b}


def summary(n, features, batch_size, drop_last=False, shuffle=False, seed=None, epochs_=1):
    """Large data built here: per epoch, the batch shapes, per-batch sums and the
    sorted row ids seen (rows are identified by column 0)."""
    data = np.arange(n * features, dtype=np.int64).reshape(n, features)
    gen = sub.BatchGenerator(data, batch_size, drop_last=drop_last, shuffle=shuffle, seed=seed)
    out = []
    for _ in range(epochs_):
        shapes, sums, ids = [], [], []
        for batch in gen:
            shapes.append(tuple(batch.shape))
            sums.append(int(batch.sum()))
            ids.append(batch[:, 0] // features)
        seen = np.sort(np.concatenate(ids)) if ids else np.array([], dtype=np.int64)
        out.append({"shapes": shapes, "sums": sums, "seen": seen,
                    "order_head": np.concatenate(ids)[:50] if ids else seen})
    return {"epochs": out, "len": len(gen)}
