# expect: error
# backends: docker local
# why: a real SIGINT to itself while being imported: KeyboardInterrupt in the import
import signal

signal.raise_signal(signal.SIGINT)


class LRUCache:
    pass
