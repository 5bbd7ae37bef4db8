"""Runs beside the submission: a fake clock, and whole scenarios replayed in one call."""

from rate_limiter import SlidingWindowLimiter, TokenBucket


class FakeClock:
    """A clock the tests move by hand: calling it returns the current fake time."""

    def __init__(self, start=0.0):
        self.now = start
        self.reads = 0

    def __call__(self):
        self.reads += 1
        return self.now

    def advance(self, seconds):
        self.now += seconds
        return self.now

    def set(self, t):
        self.now = t
        return self.now


def replay_bucket(rate, capacity, events, start=0.0):
    """events: (time, cost) pairs; returns the allow() result of each."""
    clock = FakeClock(start)
    bucket = TokenBucket(rate, capacity, clock=clock)
    out = []
    for t, cost in events:
        clock.set(t)
        out.append(bucket.allow(cost))
    return out


def replay_window(limit, window, events, start=0.0):
    """events: (time, key) pairs; returns the allow() result of each."""
    clock = FakeClock(start)
    limiter = SlidingWindowLimiter(limit, window, clock=clock)
    out = []
    for t, key in events:
        clock.set(t)
        out.append(limiter.allow(key))
    return out
