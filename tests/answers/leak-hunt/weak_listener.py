# style: trainer subscribes a weakref.WeakMethod-based listener (self-removing), compensated running sums, stats object for the normalizer
"""A small NumPy training loop: linear regression by mini-batch gradient descent.

Leaks fixed: the bus only holds trainers weakly (and a closed trainer leaves it),
statistics are running totals instead of per-step records, the learning rate is
computed instead of cached on the instance, and the normalizer keeps only the
column mean and std of the reference data.
"""

import math
import weakref

import numpy as np


class EventBus:
    """Publish/subscribe: each listener is called as listener(event, payload)."""

    def __init__(self):
        self._listeners = []

    def subscribe(self, listener):
        """Register listener(event: str, payload: dict) and return it."""
        self._listeners.append(listener)
        return listener

    def unsubscribe(self, listener):
        """Remove a registered listener; ValueError if it is not registered."""
        self._listeners.remove(listener)

    def emit(self, event, **payload):
        """Call every listener with (event, payload), in subscription order."""
        for listener in list(self._listeners):
            listener(event, payload)


events = EventBus()
"""The process-wide bus: trainers emit "step" events on it and obey "stop" events."""


def stop_all():
    """Ask every open trainer to stop: its next step() raises RuntimeError."""
    events.emit("stop")


class _Standardizer:
    """Column statistics of the reference data; callable as normalize(batch)."""

    __slots__ = ("mean", "std")

    def __init__(self, reference):
        ref = np.asarray(reference, dtype=float)
        self.mean = ref.mean(axis=0)
        std = ref.std(axis=0)
        std[std == 0] = 1.0
        self.std = std

    def __call__(self, batch):
        return (np.asarray(batch, dtype=float) - self.mean) / self.std


def make_normalizer(reference):
    """Return normalize(batch): standardize columns with the reference data's mean and std.

    Columns whose std is 0 are only centred.
    """
    return _Standardizer(reference)


class _RunningSum:
    """Neumaier-compensated running sum: O(1) memory, close to a pairwise sum's accuracy."""

    __slots__ = ("total", "compensation")

    def __init__(self):
        self.total = 0.0
        self.compensation = 0.0

    def add(self, value):
        value = float(value)
        t = self.total + value
        if abs(self.total) >= abs(value):
            self.compensation += (self.total - t) + value
        else:
            self.compensation += (value - t) + self.total
        self.total = t

    @property
    def value(self):
        return self.total + self.compensation


def _weak_listener(method):
    """A bus listener that holds the method's object weakly and leaves the bus once it dies."""
    ref = weakref.WeakMethod(method)

    def listener(event, payload):
        bound = ref()
        if bound is None:
            try:
                events.unsubscribe(listener)
            except ValueError:
                pass
            return
        bound(event, payload)

    return listener


class Trainer:
    """Linear regression on standardized inputs, trained one mini-batch at a time."""

    def __init__(self, reference, lr=0.1, decay=0.0):
        """`reference`: 2-D array (samples x features) the input normalizer is fitted on."""
        self._normalize = make_normalizer(reference)
        self.weights = np.zeros(np.shape(reference)[1])
        self.bias = 0.0
        self.lr = lr
        self.decay = decay
        self.steps = 0
        self.stopped = False
        self.closed = False
        self._losses = _RunningSum()
        self._abs_errors = _RunningSum()
        self._samples = 0
        self._listener = events.subscribe(_weak_listener(self._on_event))
        weakref.finalize(self, _unsubscribe_quietly, self._listener)

    def _on_event(self, event, payload):
        if event == "stop":
            self.stopped = True

    def learning_rate(self, step):
        """The learning rate used at step `step` (0-based): lr / (1 + decay * step)."""
        return self.lr / (1.0 + self.decay * step)

    def step(self, x, y):
        """One gradient step on the batch (x, y); return the batch's MSE before the step."""
        if self.closed or self.stopped:
            raise RuntimeError("this trainer is stopped")
        xn = self._normalize(x)
        y = np.asarray(y, dtype=float)
        pred = xn @ self.weights + self.bias
        err = pred - y
        loss = float(np.mean(err ** 2))
        lr = self.learning_rate(self.steps)
        self.weights = self.weights - lr * (2.0 / len(y)) * (xn.T @ err)
        self.bias = self.bias - lr * 2.0 * float(np.mean(err))
        self.steps += 1
        self._losses.add(loss)
        self._abs_errors.add(math.fsum(np.abs(err).ravel().tolist()))
        self._samples += int(err.size)
        events.emit("step", step=self.steps, loss=loss)
        return loss

    def mean_loss(self):
        """Mean of the losses step() has returned (0.0 before the first step)."""
        if not self.steps:
            return 0.0
        return self._losses.value / self.steps

    def mean_abs_error(self):
        """Mean |prediction - target| over every sample step() has seen (0.0 before any)."""
        if not self._samples:
            return 0.0
        return self._abs_errors.value / self._samples

    def predict(self, x):
        """Predictions for a 2-D batch with the current weights."""
        return self._normalize(x) @ self.weights + self.bias

    def close(self):
        """Stop the trainer for good: its step() raises RuntimeError from now on."""
        self.closed = True
        _unsubscribe_quietly(self._listener)


def _unsubscribe_quietly(listener):
    try:
        events.unsubscribe(listener)
    except ValueError:
        pass
