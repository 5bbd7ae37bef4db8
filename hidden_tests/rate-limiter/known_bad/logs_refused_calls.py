# expect: failed
# caught-by: trap
# why: logs every call, refused ones included, so a client that keeps retrying is locked out for ever
import time
from collections import defaultdict, deque


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = capacity
        self.last = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindowLimiter:
    def __init__(self, limit, window_seconds, clock=time.monotonic):
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self.logs = defaultdict(deque)

    def allow(self, key):
        now = self.clock()
        log = self.logs[key]
        while log and log[0] <= now - self.window:
            log.popleft()
        log.append(now)
        return len(log) <= self.limit
