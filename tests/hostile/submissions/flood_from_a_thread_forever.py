# expect: failed
# backends: docker local
# why: a daemon thread floods stdout and stderr from import on, without end
import os
import threading


def _flood():
    block = b"f" * 65536
    while True:
        os.write(1, block)
        os.write(2, block)


threading.Thread(target=_flood, daemon=True).start()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
