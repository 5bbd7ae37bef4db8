# expect: failed
# caught-by: trap
# why: fixed windows (floor(now / window)) instead of a sliding log: limit calls at the end of one window and limit more at the start of the next all pass
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
        self.counts = {}

    def allow(self, key):
        bucket = int(self.clock() // self.window)
        slot, count = self.counts.get(key, (bucket, 0))
        if slot != bucket:
            count = 0
        if count >= self.limit:
            self.counts[key] = (bucket, count)
            return False
        self.counts[key] = (bucket, count + 1)
        return True
