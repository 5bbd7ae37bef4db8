# expect: crashed
# backends: docker local
# why: a sys.setprofile hook raises KeyboardInterrupt when the worker writes the answer of get() to
#   the protocol pipe
import sys

armed = [False]


def profiler(frame, event, arg):
    if armed[0] and event == "c_call" and getattr(arg, "__name__", "") == "write":
        armed[0] = False
        raise KeyboardInterrupt("not this answer")


sys.setprofile(profiler)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        armed[0] = True
        return 1

    def put(self, key, value):
        pass
