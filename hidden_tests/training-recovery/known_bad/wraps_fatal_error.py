# expect: failed
# caught-by: error
# why: wraps fatal errors in a new TrainingAborted (chained with `from`), so the original exception object is not what propagates
class RecoverableError(Exception):
    pass


class TrainingAborted(RuntimeError):
    pass


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    for epoch in range(epochs):
        retries = 0
        while True:
            try:
                train_epoch(epoch)
                break
            except (RecoverableError, RuntimeError) as exc:
                recoverable = isinstance(exc, RecoverableError) or "out of memory" in str(exc)
                if recoverable and retries < max_retries:
                    retries += 1
                    continue
                save_checkpoint(epoch)
                raise TrainingAborted(f"epoch {epoch} failed: {exc}") from exc
            except BaseException as exc:
                save_checkpoint(epoch)
                raise TrainingAborted(f"epoch {epoch} failed: {exc!r}") from exc
    return epochs
