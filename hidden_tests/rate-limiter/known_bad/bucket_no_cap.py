# expect: failed
# caught-by: trap
# why: never caps the refill at capacity, so a long idle period allows an unbounded burst
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = capacity
        self.last = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens += (now - self.last) * self.rate
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
        self.calls = {}

    def allow(self, key):
        now = self.clock()
        log = [t for t in self.calls.get(key, []) if t > now - self.window]
        self.calls[key] = log
        if len(log) < self.limit:
            log.append(now)
            return True
        return False

