# style: minimal diff of the stub: precomputed normalizer stats, running totals, no lru_cache, unsubscribe in close()
"""A small NumPy training loop: linear regression by mini-batch gradient descent.

Fixed version: no per-step history, no cache keyed on the trainer, the normalizer
keeps only the reference statistics, and close() unsubscribes the trainer from the
process-wide bus.
"""

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


def make_normalizer(reference):
    """Return normalize(batch): standardize columns with the reference data's mean and std.

    Columns whose std is 0 are only centred. Only the two statistics are kept, not
    the reference data.
    """
    reference = np.asarray(reference, dtype=float)
    mean = reference.mean(axis=0)
    std = reference.std(axis=0)
    std[std == 0] = 1.0
    del reference

    def normalize(batch):
        return (np.asarray(batch, dtype=float) - mean) / std

    return normalize


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
        self._loss_sum = 0.0
        self._abs_error_sum = 0.0
        self._samples = 0
        self._listener = events.subscribe(self._on_event)

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
        self._loss_sum += loss
        self._abs_error_sum += float(np.abs(err).sum())
        self._samples += err.size
        events.emit("step", step=self.steps, loss=loss)
        return loss

    def mean_loss(self):
        """Mean of the losses step() has returned (0.0 before the first step)."""
        if self.steps == 0:
            return 0.0
        return self._loss_sum / self.steps

    def mean_abs_error(self):
        """Mean |prediction - target| over every sample step() has seen (0.0 before any)."""
        if self._samples == 0:
            return 0.0
        return self._abs_error_sum / self._samples

    def predict(self, x):
        """Predictions for a 2-D batch with the current weights."""
        return self._normalize(x) @ self.weights + self.bias

    def close(self):
        """Stop the trainer for good: its step() raises RuntimeError from now on."""
        if self._listener is not None:
            events.unsubscribe(self._listener)
            self._listener = None
        self.closed = True
