# expect: timeout
# backends: docker local
# why: ignores SIGTERM, SIGINT and SIGHUP, then spins in get()
import signal

for _sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(_sig, signal.SIG_IGN)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        while True:
            pass

    def put(self, key, value):
        pass
