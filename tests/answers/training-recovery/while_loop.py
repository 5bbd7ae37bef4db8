# style: single while loop with an explicit per-epoch retry counter; checkpoints only on failure
"""A training loop that retries recoverable errors and checkpoints before failing."""


class RecoverableError(Exception):
    """A transient failure: the epoch that raised it may simply be run again."""


def _is_recoverable(error: BaseException) -> bool:
    if isinstance(error, RecoverableError):
        return True
    return isinstance(error, RuntimeError) and "out of memory" in str(error)


def train_with_recovery(train_epoch, epochs: int, save_checkpoint, max_retries: int = 3) -> int:
    """Run train_epoch(epoch) for epoch 0 .. epochs-1 and return the number completed."""
    epoch = 0
    retries_used = 0
    while epoch < epochs:
        try:
            train_epoch(epoch)
        except BaseException as error:
            if _is_recoverable(error) and retries_used < max_retries:
                retries_used += 1
                continue  # run the same epoch again
            save_checkpoint(epoch)
            raise
        epoch += 1
        retries_used = 0  # the next epoch gets its own retries
    return epoch
