# expect: crashed
# backends: docker local
# why: a setsid child keeps the protocol pipes open while the worker itself exits in get()
import os
import time


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        if os.fork() == 0:
            os.setsid()
            time.sleep(86399)
            os._exit(0)
        os._exit(3)

    def put(self, key, value):
        pass
