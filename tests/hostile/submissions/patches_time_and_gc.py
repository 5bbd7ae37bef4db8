# expect: passed
# backends: docker local
# why: a correct answer that freezes time.perf_counter/monotonic/time and makes
#   gc.collect/disable/enable raise during the probes
# args: -k test_get_returns_stored_value --probes quick
# absent: the collector is mine
import gc
import time


def frozen(*args):
    return 1000.0


def sabotage(*args):
    raise RuntimeError("the collector is mine")


time.perf_counter = time.monotonic = time.time = time.process_time = frozen
time.perf_counter_ns = time.monotonic_ns = lambda: 10 ** 12
gc.collect = gc.disable = gc.enable = sabotage


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}

    def get(self, key):
        if key not in self.items:
            return -1
        value = self.items.pop(key)
        self.items[key] = value
        return value

    def put(self, key, value):
        if key in self.items:
            self.items.pop(key)
        elif len(self.items) >= self.capacity:
            self.items.pop(next(iter(self.items)))
        self.items[key] = value
