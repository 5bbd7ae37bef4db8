# expect: failed
# caught-by: edge
# why: recognizes out-of-memory only on an exact RuntimeError (type(exc) is RuntimeError), so a RuntimeError subclass such as torch.cuda.OutOfMemoryError is treated as fatal
"""Reference training loop with recovery.

Each epoch gets its own retry budget. A recoverable error (RecoverableError,
or a RuntimeError reporting "out of memory") re-runs the same epoch while
retries remain; any other exception, KeyboardInterrupt included (hence
`except BaseException`), is fatal at once. Either way, before an error leaves
the loop the failing epoch's checkpoint is saved once, and a bare `raise`
re-raises the original exception object with its traceback.
"""


class RecoverableError(Exception):
    """A transient failure: the epoch that raised it may simply be run again."""


def is_recoverable(exc: BaseException) -> bool:
    """RecoverableError, or a RuntimeError whose message says "out of memory"."""
    if isinstance(exc, RecoverableError):
        return True
    return type(exc) is RuntimeError and "out of memory" in str(exc)


def train_with_recovery(train_epoch, epochs: int, save_checkpoint, max_retries: int = 3) -> int:
    """Run train_epoch(epoch) for 0 .. epochs-1, retrying recoverable errors; return epochs done."""
    completed = 0
    for epoch in range(epochs):
        retries_left = max_retries
        while True:
            try:
                train_epoch(epoch)
                break
            except BaseException as exc:
                if is_recoverable(exc) and retries_left > 0:
                    retries_left -= 1
                    continue
                save_checkpoint(epoch)
                raise
        completed += 1
    return completed
