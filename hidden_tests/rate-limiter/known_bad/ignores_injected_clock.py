# expect: failed
# caught-by: basic
# why: reads time.monotonic() directly instead of the injected clock, so the fake clock's time never refills the bucket
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = time.monotonic()

    def allow(self, cost=1):
        now = time.monotonic()
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
        self.calls = {}

    def allow(self, key):
        now = self.clock()
        log = [t for t in self.calls.get(key, []) if t > now - self.window]
        self.calls[key] = log
        if len(log) < self.limit:
            log.append(now)
            return True
        return False

