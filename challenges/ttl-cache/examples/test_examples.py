"""Public examples: the behaviour the prompt shows, run by `grader check`.

Functions and clocks cannot be sent into the sandbox from a test, so these
examples use a small helper module that runs beside your submission: `harness`
gives a FakeClock (clock() returns .now; .advance(seconds)) and Model objects
whose .function() returns a plain function that returns its own call count.
"""

import pytest
from ttl_cache import cache_predictions

pytestmark = pytest.mark.category("example")


def test_caches_by_positional_and_keyword_arguments(harness):
    fn = cache_predictions(ttl_seconds=10, clock=harness.FakeClock())(harness.Model().function())
    assert [fn(3), fn(3), fn(3, scale=2), fn(3, scale=2)] == [1, 1, 2, 2]
    assert tuple(fn.cache_info()) == (2, 2, 2)


def test_entries_expire(harness):
    clock = harness.FakeClock()
    fn = cache_predictions(ttl_seconds=10, clock=clock)(harness.Model().function())
    fn("x")
    clock.advance(11)
    assert fn("x") == 2, "an entry older than the ttl is recomputed"


def test_unhashable_arguments_are_not_cached(harness):
    fn = cache_predictions(ttl_seconds=10, clock=harness.FakeClock())(harness.Model().function())
    assert [fn([1, 2]), fn([1, 2])] == [1, 2]


def test_cache_clear(harness):
    fn = cache_predictions(ttl_seconds=10, clock=harness.FakeClock())(harness.Model().function())
    fn(1)
    fn.cache_clear()
    assert fn.cache_info()[2] == 0
