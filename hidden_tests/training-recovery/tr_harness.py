"""Runs beside the submission: recording callbacks for train_with_recovery.

A script says how each attempt of each epoch ends ("ok" by default). The
trainer raises fresh exception objects and keeps them, so the harness can
check that what propagated is the very object raised (identity cannot be seen
from the grader's side). KeyboardInterrupt and MemoryError are caught here, as
everything is, and reported as data: they never reach the grader's process.
"""

from training_recovery import RecoverableError, train_with_recovery


class LoaderTimeout(RecoverableError):
    """A subclass of the submission's RecoverableError."""


class CudaOutOfMemory(RuntimeError):
    """Like torch.cuda.OutOfMemoryError: a RuntimeError subclass saying "out of memory"."""


def make_error(kind, epoch, attempt):
    if kind == "recoverable":
        return RecoverableError(f"data loader timed out (epoch {epoch}, attempt {attempt})")
    if kind == "recoverable-subclass":
        return LoaderTimeout(f"loader timeout (epoch {epoch}, attempt {attempt})")
    if kind == "oom":
        return RuntimeError(f"CUDA out of memory. Tried to allocate 2.00 GiB "
                            f"(epoch {epoch}, attempt {attempt})")
    if kind == "oom-subclass":
        return CudaOutOfMemory(f"CUDA out of memory (epoch {epoch}, attempt {attempt})")
    if kind == "runtime":
        return RuntimeError(f"mat1 and mat2 shapes cannot be multiplied (epoch {epoch})")
    if kind == "value":
        return ValueError(f"loss is NaN (epoch {epoch})")
    if kind == "memory":
        return MemoryError(f"host ran out of RAM (epoch {epoch})")
    if kind == "keyboard":
        return KeyboardInterrupt()
    if kind == "zero":
        return ZeroDivisionError(f"empty batch (epoch {epoch})")
    raise ValueError(f"unknown outcome {kind!r}")


class ScriptedTrainer:
    """train_epoch: attempt k of epoch e ends as script[e][k] ("ok" when not listed)."""

    def __init__(self, script, events):
        self.script = {int(e): list(kinds) for e, kinds in script}
        self.events = events
        self.attempts = {}
        self.raised = []

    def __call__(self, epoch):
        self.events.append(["train", epoch])
        attempt = self.attempts.get(epoch, 0)
        self.attempts[epoch] = attempt + 1
        kinds = self.script.get(epoch, [])
        kind = kinds[attempt] if attempt < len(kinds) else "ok"
        if kind == "ok":
            return {"epoch": epoch, "loss": 1.0 / (epoch + 1)}
        exc = make_error(kind, epoch, attempt)
        self.raised.append(exc)
        raise exc


class CheckpointRecorder:
    """save_checkpoint: records each call in the shared event list."""

    def __init__(self, events):
        self.events = events

    def __call__(self, epoch):
        self.events.append(["save", epoch])


def run(epochs, script, max_retries=None):
    """Run the submission's train_with_recovery with scripted callbacks.

    `script` is a list of [epoch, [outcome, ...]] pairs. Reports what came back
    or what propagated: "returned", or "raised" (the exception's type name) with
    "is_last_error" (it is the very object the trainer raised last) and
    "is_some_error" (it is one of the objects the trainer raised), and the
    ordered events ["train", e] / ["save", e].
    """
    events = []
    trainer = ScriptedTrainer(script, events)
    saver = CheckpointRecorder(events)
    kwargs = {} if max_retries is None else {"max_retries": max_retries}
    report = {"returned": None, "raised": None, "is_last_error": False,
              "is_some_error": False, "message": None}
    try:
        report["returned"] = train_with_recovery(trainer, epochs, saver, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt included, on purpose
        report["raised"] = type(exc).__name__
        report["message"] = str(exc)[:200]
        report["is_last_error"] = bool(trainer.raised) and exc is trainer.raised[-1]
        report["is_some_error"] = any(exc is e for e in trainer.raised)
        report["raised_count"] = len(trainer.raised)
    report["events"] = events
    return report
