# expect: timeout
# backends: docker local
# why: blocks every signal it can and sleeps: only a kill from outside ends it
import signal
import time


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGALRM):
            signal.signal(sig, signal.SIG_IGN)
        time.sleep(1e9)

    def put(self, key, value):
        pass
