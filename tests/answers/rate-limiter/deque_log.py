# style: lazy float refill for the bucket; per-key deque of allowed timestamps for the window
"""Two rate limiters: a token bucket and an exact sliding-window log."""

import time
from collections import defaultdict, deque


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = float(capacity)
        self.last = clock()

    def allow(self, cost: int = 1) -> bool:
        now = self.clock()
        elapsed = now - self.last
        if elapsed > 0:
            self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindowLimiter:
    def __init__(self, limit: int, window_seconds: float, clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self.logs = defaultdict(deque)

    def allow(self, key) -> bool:
        now = self.clock()
        log = self.logs[key]
        cutoff = now - self.window
        while log and log[0] <= cutoff:
            log.popleft()
        if len(log) < self.limit:
            log.append(now)
            return True
        return False
