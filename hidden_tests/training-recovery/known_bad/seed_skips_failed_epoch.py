# expect: failed
# caught-by: trap
# why: the seed's answer: a RecoverableError `continue`s to the next epoch, so the failed epoch is skipped (and every RuntimeError, out of memory included, is fatal)
class RecoverableError(Exception):
    pass


def train_with_recovery(train_epoch, epochs, save_checkpoint, max_retries=3):
    completed = 0
    for epoch in range(epochs):
        try:
            train_epoch(epoch)
            completed += 1
        except RecoverableError as e:
            print(f"Recoverable: {e}. Retrying...")
            continue
        except (RuntimeError, MemoryError) as e:
            print(f"Fatal: {e}. Saving checkpoint...")
            save_checkpoint(epoch)
            raise
    return completed
