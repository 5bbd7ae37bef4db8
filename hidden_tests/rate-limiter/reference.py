"""Reference rate limiters.

TokenBucket keeps a float token count and the time it was last brought up to
date; each call first credits the refill since then (capped at capacity),
then debits the cost only when it is covered. Nothing is rounded, so partial
refills accumulate across calls, refused ones included.

SlidingWindowLimiter keeps, per key, a deque of the times of its allowed
calls. Times older than the window are dropped from the left before counting;
each logged time is appended once and dropped once, so a call is amortised
O(1) and a key holds at most `limit` times.
"""

import time
from collections import deque
from collections.abc import Callable, Hashable


class TokenBucket:
    """Allows bursts up to `capacity`, refilling continuously at `rate` tokens per second."""

    def __init__(self, rate: float, capacity: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if rate < 0 or capacity <= 0:
            raise ValueError("rate must be >= 0 and capacity > 0")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = float(capacity)
        self._updated = clock()

    def allow(self, cost: int = 1) -> bool:
        """Take `cost` tokens and return True if the bucket holds them; else take nothing."""
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now
        if cost <= self._tokens:
            self._tokens -= cost
            return True
        return False


class SlidingWindowLimiter:
    """Allows at most `limit` calls per key in any `window_seconds` long window."""

    def __init__(self, limit: int, window_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window_seconds <= 0:
            raise ValueError("limit must be >= 1 and window_seconds > 0")
        self.limit = limit
        self.window = window_seconds
        self._clock = clock
        self._log: dict = {}

    def allow(self, key: Hashable) -> bool:
        """Log and allow the call if `key` made fewer than `limit` allowed calls in the window."""
        now = self._clock()
        log = self._log.setdefault(key, deque())
        horizon = now - self.window
        while log and log[0] <= horizon:
            log.popleft()
        if len(log) < self.limit:
            log.append(now)
            return True
        return False
