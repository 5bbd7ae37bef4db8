"""Runs beside the submission: many calls in one round trip, statistics of the masks."""

import dropout_layer as sub
import numpy as np


def mean_of_calls(p, x, calls, seed=0, training=True):
    """The average of `calls` outputs of one layer for the same x."""
    layer = sub.Dropout(p, seed=seed)
    x = np.asarray(x)
    total = np.zeros(x.shape, dtype=float)
    for _ in range(calls):
        total += layer(x, training)
    return total / calls


def masks(p, x, calls, seed=0):
    """Boolean masks (output != 0) of `calls` consecutive training calls, as an int array."""
    layer = sub.Dropout(p, seed=seed)
    return np.array([np.asarray(layer(x, True)) != 0 for _ in range(calls)], dtype=np.int8)


def interleaved(p, x, calls, seed):
    """Two layers with the same seed, built one after the other and called in turn, with
    draws from NumPy's global random state in between: their outputs, call by call."""
    first = sub.Dropout(p, seed=seed)
    second = sub.Dropout(p, seed=seed)
    a, b = [], []
    for _ in range(calls):
        a.append(np.asarray(first(x, True)))
        np.random.random(5)
        b.append(np.asarray(second(x, training=True)))
    return {"first": np.array(a), "second": np.array(b)}


def input_unchanged(p, x, training, seed=0):
    """Whether a call left its input array (kept here) unchanged."""
    x = np.array(x)
    before = x.copy()
    sub.Dropout(p, seed=seed)(x, training)
    return bool(np.array_equal(x, before))


def drop_fraction(p, shape, calls=1, seed=0, value=1.0):
    """Training calls on an array of `shape` filled with `value`, built here: the share of
    zeros over all calls, and the distinct nonzero output values (rounded)."""
    layer = sub.Dropout(p, seed=seed)
    x = np.full(shape, value)
    zeros = total = 0
    values = set()
    for _ in range(calls):
        out = np.asarray(layer(x, True))
        zeros += int(np.count_nonzero(out == 0))
        total += out.size
        values.update(np.round(np.unique(out[out != 0]), 9).tolist())
    return {"fraction": zeros / total, "values": sorted(values), "shape": list(out.shape)}
