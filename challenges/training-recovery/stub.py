"""A training loop that retries recoverable errors and checkpoints before failing."""


class RecoverableError(Exception):
    """A transient failure: the epoch that raised it may simply be run again."""


def train_with_recovery(train_epoch, epochs: int, save_checkpoint, max_retries: int = 3) -> int:
    """Run train_epoch(epoch) for epoch 0 .. epochs-1 and return the number completed.

    RecoverableError, and RuntimeError whose message contains "out of memory", retry the
    same epoch up to `max_retries` times (counted per epoch); when retries run out,
    save_checkpoint(epoch) is called and the last error re-raised. Any other exception
    (KeyboardInterrupt included) calls save_checkpoint(epoch) once and re-raises the
    original exception object.
    """
    raise NotImplementedError
