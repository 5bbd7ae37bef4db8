"""Runs beside the submission: a fake clock, functions to decorate, keys that print alike.

Functions and clocks cannot cross into the sandbox, so the tests build them
here and pass these objects to cache_predictions. A decorated function returns
the number of the call that computed its result, so a test can tell a cached
result from a recomputed one.
"""

import ttl_cache as sub


class FakeClock:
    """clock() returns `now`; tests move it with advance()."""

    def __init__(self, now=1000.0):
        self.now = float(now)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds
        return self.now


class Model:
    """Builds plain functions that count their calls."""

    def __init__(self):
        self.calls = 0

    def function(self, returns="count"):
        """A function of any arguments; `returns`: count (the call number), none, zero,
        false, or fail-once (raises ValueError on its first call, then counts)."""

        def predict(*args, **kwargs):
            self.calls += 1
            if returns == "none":
                return None
            if returns == "zero":
                return 0
            if returns == "false":
                return False
            if returns == "fail-once" and self.calls == 1:
                raise ValueError("transient failure")
            return self.calls

        return predict


class Token:
    """Equal (and hash-equal) by value, but every Token prints the same."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Token) and other.value == self.value

    def __hash__(self):
        return hash(("Token", self.value))

    def __repr__(self):
        return "Token(...)"

    __str__ = __repr__


def replay(ops, ttl_seconds=300, maxsize=None):
    """Run ("call", args, kwargs) and ("tick", seconds) operations through one cached
    function and a fake clock, in one round trip; return the results and cache_info()."""
    clock = FakeClock()
    model = Model()
    cached = sub.cache_predictions(ttl_seconds=ttl_seconds, maxsize=maxsize,
                                   clock=clock)(model.function())
    results = []
    for op in ops:
        if op[0] == "tick":
            clock.advance(op[1])
        else:
            results.append(cached(*op[1], **op[2]))
    return {"results": results, "info": tuple(cached.cache_info()), "calls": model.calls}
