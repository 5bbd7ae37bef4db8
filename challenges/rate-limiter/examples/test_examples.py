"""Public examples: the behaviour the prompt shows, run by `grader check`.

These use the real clock with a negligible refill rate and a long window, so
they need no fake clock; the hidden tests inject one and move time by hand.
"""

import pytest
from rate_limiter import SlidingWindowLimiter, TokenBucket

pytestmark = pytest.mark.category("example")


def test_bucket_starts_full():
    bucket = TokenBucket(rate=1e-6, capacity=4)
    got = [bucket.allow() for _ in range(5)]
    assert got == [True] * 4 + [False], f"expected 4 allowed then refused, got {got}"


def test_refused_call_takes_nothing():
    bucket = TokenBucket(rate=1e-6, capacity=10)
    got = [bucket.allow(6), bucket.allow(6), bucket.allow(4)]
    assert got == [True, False, True], f"expected [True, False, True], got {got}"


def test_window_allows_limit_calls_per_key():
    limiter = SlidingWindowLimiter(limit=2, window_seconds=3600)
    got = [limiter.allow("a"), limiter.allow("a"), limiter.allow("a"), limiter.allow("b")]
    assert got == [True, True, False, True], f"expected [True, True, False, True], got {got}"
