# style: token bucket as GCRA (theoretical arrival time, no token count); per-key deque window
"""Two rate limiters: a token bucket written as the generic cell rate algorithm, and an exact
sliding-window log."""

import time
from collections import deque


class TokenBucket:
    """Allows bursts up to `capacity`, refilling continuously at `rate` tokens per second.

    Kept as a theoretical arrival time (TAT): the moment the bucket would be full again.
    A call of `cost` tokens is allowed when, after adding cost / rate seconds of debt, the
    debt ahead of now stays within capacity / rate seconds.
    """

    def __init__(self, rate: float, capacity: int, clock=time.monotonic) -> None:
        if rate < 0 or capacity <= 0:
            raise ValueError("rate must be >= 0 and capacity > 0")
        self._rate = rate
        self._left = capacity  # rate 0: a bucket that never refills, counted down
        self._interval = 1.0 / rate if rate else 0.0  # seconds per token
        self._burst = capacity * self._interval  # how far ahead the TAT may run
        self._clock = clock
        self._tat = clock()

    def allow(self, cost: int = 1) -> bool:
        if not self._rate:
            if cost > self._left:
                return False
            self._left -= cost
            return True
        now = self._clock()
        tat = max(self._tat, now)
        new_tat = tat + cost * self._interval
        if new_tat - now <= self._burst:
            self._tat = new_tat
            return True
        return False


class SlidingWindowLimiter:
    """Allows at most `limit` calls per key in any `window_seconds` long window."""

    def __init__(self, limit: int, window_seconds: float, clock=time.monotonic) -> None:
        if limit < 1 or window_seconds <= 0:
            raise ValueError("limit must be >= 1 and window_seconds > 0")
        self._limit = limit
        self._window = window_seconds
        self._clock = clock
        self._calls: dict = {}

    def allow(self, key) -> bool:
        now = self._clock()
        calls = self._calls.setdefault(key, deque())
        while calls and calls[0] <= now - self._window:
            calls.popleft()
        if len(calls) < self._limit:
            calls.append(now)
            return True
        return False
