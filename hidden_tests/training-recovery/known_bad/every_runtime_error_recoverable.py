# expect: failed
# caught-by: error
# why: treats every RuntimeError as recoverable, not only "out of memory", so a shape bug is retried
class RecoverableError(Exception):
    pass


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    for epoch in range(epochs):
        retries = 0
        while True:
            try:
                train_epoch(epoch)
                break
            except (RecoverableError, RuntimeError):
                if retries < max_retries:
                    retries += 1
                    continue
                save_checkpoint(epoch)
                raise
            except BaseException:
                save_checkpoint(epoch)
                raise
    return epochs
