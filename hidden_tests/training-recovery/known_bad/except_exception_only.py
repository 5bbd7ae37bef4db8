# expect: failed
# caught-by: error
# why: catches only Exception, so a KeyboardInterrupt escapes without saving a checkpoint
class RecoverableError(Exception):
    pass


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    for epoch in range(epochs):
        retries = 0
        while True:
            try:
                train_epoch(epoch)
                break
            except Exception as exc:
                oom = isinstance(exc, RuntimeError) and "out of memory" in str(exc)
                if (isinstance(exc, RecoverableError) or oom) and retries < max_retries:
                    retries += 1
                    continue
                save_checkpoint(epoch)
                raise
    return epochs
