# style: nested for-loops over epochs and attempts, case-insensitive OOM match, checkpoint after every successful epoch
"""Training with per-epoch retries (for/else over the attempts)."""

import logging

log = logging.getLogger(__name__)


class RecoverableError(Exception):
    """A transient failure: the epoch that raised it may simply be run again."""


RECOVERABLE_MARKER = "out of memory"


def is_recoverable(exc: BaseException) -> bool:
    """RecoverableError, or a RuntimeError saying (in any case) that memory ran out."""
    return isinstance(exc, RecoverableError) or (
        isinstance(exc, RuntimeError) and RECOVERABLE_MARKER in str(exc).lower()
    )


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    """Run every epoch in order, retrying recoverable failures up to max_retries times each."""
    completed = 0
    for epoch in range(epochs):
        attempts = 1 + max(0, max_retries)
        for attempt in range(attempts):
            try:
                train_epoch(epoch)
            except (Exception, KeyboardInterrupt) as exc:
                last_attempt = attempt == attempts - 1
                if is_recoverable(exc) and not last_attempt:
                    log.info("epoch %d attempt %d failed (%s); retrying", epoch, attempt + 1, exc)
                    continue
                save_checkpoint(epoch)
                raise
            break  # the epoch succeeded
        completed += 1
        save_checkpoint(epoch)  # allowed: a checkpoint after each successful epoch
    return completed
