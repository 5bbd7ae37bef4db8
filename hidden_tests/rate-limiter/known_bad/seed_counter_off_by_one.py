# expect: failed
# caught-by: trap
# why: the seed's answer: a per-key counter that expires WINDOW seconds after its first call, checked with "current > LIMIT", so it allows LIMIT + 1 calls (and resets in fixed steps)
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
        self.counters = {}  # key -> [count, expires_at]

    def allow(self, key):
        now = self.clock()
        entry = self.counters.get(key)
        if entry is None or now >= entry[1]:
            entry = self.counters[key] = [0, now + self.window]
        current = entry[0]
        if current > self.limit:
            return False
        entry[0] += 1
        return True
