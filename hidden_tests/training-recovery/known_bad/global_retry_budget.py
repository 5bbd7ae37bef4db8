# expect: failed
# caught-by: trap
# why: one retry counter for the whole run: retries used by earlier epochs are not given back
class RecoverableError(Exception):
    pass


def _recoverable(exc):
    return isinstance(exc, RecoverableError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc))


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    retries = 0
    epoch = 0
    while epoch < epochs:
        try:
            train_epoch(epoch)
            epoch += 1
        except BaseException as exc:
            if _recoverable(exc) and retries < max_retries:
                retries += 1
                continue
            save_checkpoint(epoch)
            raise
    return epoch
