"""Two rate limiters: a token bucket and an exact sliding-window log."""

import time


class TokenBucket:
    """Allows bursts up to `capacity`, refilling continuously at `rate` tokens per second."""

    def __init__(self, rate: float, capacity: int, clock=time.monotonic) -> None:
        """Create a full bucket; `clock()` returns the current time in seconds."""
        raise NotImplementedError

    def allow(self, cost: int = 1) -> bool:
        """Take `cost` tokens and return True if there are enough; otherwise take nothing, False."""
        raise NotImplementedError


class SlidingWindowLimiter:
    """Allows at most `limit` calls per key in any `window_seconds` long window."""

    def __init__(self, limit: int, window_seconds: float, clock=time.monotonic) -> None:
        """Create a limiter with no calls logged; `clock()` returns the current time in seconds."""
        raise NotImplementedError

    def allow(self, key) -> bool:
        """Return True (and log the call) if `key` made fewer than `limit` allowed calls in the window."""
        raise NotImplementedError
