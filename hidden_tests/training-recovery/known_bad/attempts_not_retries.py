# expect: failed
# caught-by: trap
# why: loops `for attempt in range(max_retries)`, so max_retries counts attempts: one retry fewer than allowed
class RecoverableError(Exception):
    pass


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    for epoch in range(epochs):
        for attempt in range(max(max_retries, 1)):
            try:
                train_epoch(epoch)
                break
            except RecoverableError:
                if attempt == max_retries - 1:
                    save_checkpoint(epoch)
                    raise
            except RuntimeError as exc:
                if "out of memory" not in str(exc) or attempt == max_retries - 1:
                    save_checkpoint(epoch)
                    raise
            except BaseException:
                save_checkpoint(epoch)
                raise
    return epochs
