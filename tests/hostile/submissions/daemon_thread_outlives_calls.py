# expect: failed
# backends: docker local
# why: a non-daemon thread that never ends and keeps printing; the worker must still end
import threading
import time


def _forever():
    while True:
        print("still here")
        time.sleep(0.01)


threading.Thread(target=_forever).start()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
