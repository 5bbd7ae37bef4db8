# style: bucket keeps (tokens, timestamp) and compares with a 1e-9 slack; window uses a fixed-size ring of the last `limit` allowed times per key
"""Token bucket and a sliding-window limiter backed by per-key ring buffers."""

import time


class TokenBucket:
    _SLACK = 1e-9   # absorbs float rounding of many small refills

    def __init__(self, rate, capacity, clock=time.monotonic):
        self._rate = float(rate)
        self._capacity = float(capacity)
        self._clock = clock
        self._tokens = float(capacity)
        self._stamp = clock()

    def _refill(self):
        now = self._clock()
        if now > self._stamp:
            self._tokens = min(self._capacity, self._tokens + (now - self._stamp) * self._rate)
            self._stamp = now

    def allow(self, cost=1):
        self._refill()
        if self._tokens + self._SLACK >= cost:
            self._tokens = max(0.0, self._tokens - cost)
            return True
        return False


class SlidingWindowLimiter:
    """The i-th allowed call is only allowed if the (i - limit)-th one left the window."""

    def __init__(self, limit, window_seconds, clock=time.monotonic):
        self._limit = int(limit)
        self._window = window_seconds
        self._clock = clock
        self._rings = {}   # key -> [times list of length <= limit, next write position]

    def allow(self, key):
        now = self._clock()
        entry = self._rings.get(key)
        if entry is None:
            entry = self._rings[key] = [[], 0]
        times, pos = entry
        if len(times) < self._limit:
            times.append(now)
            return True
        if self._limit <= 0:
            return False
        oldest = times[pos]        # the oldest of the last `limit` allowed calls
        if now - oldest >= self._window:
            times[pos] = now
            entry[1] = (pos + 1) % self._limit
            return True
        return False
