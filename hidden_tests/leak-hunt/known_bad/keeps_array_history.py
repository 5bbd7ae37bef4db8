# expect: failed
# caught-by: trap
# why: fixes the bus, the cache and the closure but keeps the per-step history of whole arrays (x, y, predictions)

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Listener = Callable[[str, dict], None]


class EventBus:
    """Publish/subscribe: each listener is called as listener(event, payload)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Listener:
        """Register listener(event: str, payload: dict) and return it."""
        self._listeners.append(listener)
        return listener

    def unsubscribe(self, listener: Listener) -> None:
        """Remove a registered listener; ValueError if it is not registered."""
        self._listeners.remove(listener)

    def emit(self, event: str, **payload: object) -> None:
        """Call every listener with (event, payload), in subscription order."""
        for listener in list(self._listeners):
            listener(event, payload)


events = EventBus()
"""The process-wide bus: trainers emit "step" events on it and obey "stop" events."""


def stop_all() -> None:
    """Ask every open trainer to stop: its next step() raises RuntimeError."""
    events.emit("stop")


def make_normalizer(reference: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Return normalize(batch): standardize columns with the reference data's mean and std.

    Columns whose std is 0 are only centred. Only the two statistics are kept,
    never the reference data itself.
    """
    reference = np.asarray(reference, dtype=float)
    mean = reference.mean(axis=0)
    std = reference.std(axis=0)
    std[std == 0] = 1.0

    def normalize(batch: np.ndarray) -> np.ndarray:
        return (np.asarray(batch, dtype=float) - mean) / std

    return normalize


class Trainer:
    """Linear regression on standardized inputs, trained one mini-batch at a time."""

    def __init__(self, reference: np.ndarray, lr: float = 0.1, decay: float = 0.0) -> None:
        """`reference`: 2-D array (samples x features) the input normalizer is fitted on."""
        self._normalize = make_normalizer(reference)
        self.weights = np.zeros(np.shape(reference)[1])
        self.bias = 0.0
        self.lr = lr
        self.decay = decay
        self.steps = 0
        self.stopped = False
        self.closed = False
        # Running totals instead of a per-step history.
        self._loss_sum = 0.0
        self._abs_error_sum = 0.0
        self._samples = 0
        self._history = []
        self._subscribed = True
        events.subscribe(self._on_event)

    def _on_event(self, event: str, payload: dict) -> None:
        if event == "stop":
            self.stopped = True

    def learning_rate(self, step: int) -> float:
        """The learning rate used at step `step` (0-based): lr / (1 + decay * step)."""
        return self.lr / (1.0 + self.decay * step)

    def step(self, x: np.ndarray, y: np.ndarray) -> float:
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
        self._history.append({"x": x, "y": y, "pred": pred, "loss": loss})
        events.emit("step", step=self.steps, loss=loss)
        return loss

    def mean_loss(self) -> float:
        if not self._history:
            return 0.0
        return float(np.mean([h["loss"] for h in self._history]))

    def mean_abs_error(self) -> float:
        if not self._history:
            return 0.0
        errors = np.concatenate([np.abs(h["pred"] - h["y"]) for h in self._history])
        return float(errors.mean())

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Predictions for a 2-D batch with the current weights."""
        return self._normalize(x) @ self.weights + self.bias

    def close(self) -> None:
        """Stop the trainer for good: its step() raises RuntimeError from now on.

        It also leaves the event bus, so nothing keeps a closed trainer alive.
        """
        self.closed = True
        if self._subscribed:
            events.unsubscribe(self._on_event)
            self._subscribed = False
