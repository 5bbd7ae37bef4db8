# expect: timeout
# backends: docker local
# why: arms an interval timer at import whose SIGALRM handler spins forever; the import itself
#   answers, then the hidden test file's `from lru_cache import LRUCache` finds the worker
#   spinning. That timeout, during pytest's collection, became pytest's Interrupted and ended
#   the grade as "grader: interrupted", exit 130, with no report. Its constructor outlasts the
#   timer's first 50 ms, so a grade that reaches its first call sooner still meets the spin
#   (else the calls could all be answered before it, a race the suite once lost)
import signal
import time


def spin(signum, frame):
    while True:
        pass


signal.signal(signal.SIGALRM, spin)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)


class LRUCache:
    def __init__(self, capacity):
        time.sleep(0.2)
        self.data = {}

    def get(self, key):
        return self.data.get(key, -1)

    def put(self, key, value):
        self.data[key] = value
