# expect: error
# backends: docker local
# why: get() raises unittest.SkipTest, then exceptions named as pytest's Skipped/XFailed/Exit, to
#   skip hidden tests
# args: -k "get_returns or absent_key or evicts_least or get_refreshes" --probes off
import unittest


def outcome(name, base):
    cls = type(name, (base,), {"__module__": "_pytest.outcomes"})
    cls.__qualname__ = name
    return cls


Skipped = outcome("Skipped", BaseException)
XFailed = outcome("XFailed", Exception)
Exit = outcome("Exit", Exception)


class LRUCache:
    def __init__(self, capacity):
        self.calls = 0

    def get(self, key):
        self.calls += 1
        kinds = [unittest.SkipTest, Skipped, XFailed, Exit]
        raise kinds[(self.calls - 1) % len(kinds)]("skip this hidden test")

    def put(self, key, value):
        pass
