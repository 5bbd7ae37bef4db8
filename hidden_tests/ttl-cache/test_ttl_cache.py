"""Hidden tests for ttl-cache.

The decorated functions and the fake clock live in the harness: a decorated
function returns the number of the call that computed the result, so equal
results mean a cache hit and a new number means the function ran again.
"""

import random

import numpy as np
import pytest
from ttl_cache import cache_predictions

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def cached(harness, ttl=10, maxsize=None, returns="count", clock=True):
    """(decorated function, model, clock) built from harness objects."""
    model = harness.Model()
    fake = harness.FakeClock() if clock else None
    options = {"ttl_seconds": ttl, "maxsize": maxsize}
    if clock:
        options["clock"] = fake
    return cache_predictions(**options)(model.function(returns)), model, fake


def info(fn):
    got = fn.cache_info()
    return tuple(got)


# -- basic ---------------------------------------------------------------------------------

@basic
def test_repeated_call_is_served_from_cache(harness):
    fn, model, _ = cached(harness)
    first, second = fn(3), fn(3)
    assert (first, second) == (1, 1), f"expected the second call to be a hit, got {(first, second)}"
    assert model.calls == 1, f"the function ran {model.calls} times for one key, expected once"


@basic
def test_different_arguments_are_different_entries(harness):
    fn, model, _ = cached(harness)
    got = [fn(1), fn(2), fn(1), fn(2), fn("1")]
    assert got == [1, 2, 1, 2, 3], f"expected [1, 2, 1, 2, 3], got {got}"


@basic
def test_cache_info_counts_hits_misses_and_size(harness):
    fn, _, _ = cached(harness)
    fn(1)
    fn(1)
    fn(2, mode="a")
    fn(1)
    fn(2, mode="a")
    assert info(fn) == (3, 2, 2), f"expected (hits, misses, currsize) == (3, 2, 2), got {info(fn)}"


@basic
def test_cache_clear_empties_the_cache(harness):
    fn, model, _ = cached(harness)
    fn(1)
    fn(2)
    fn.cache_clear()
    assert info(fn)[2] == 0, f"after cache_clear(): expected currsize 0, got {info(fn)[2]}"
    assert fn(1) == 3, "after cache_clear() the function must run again"
    assert model.calls == 3


@basic
def test_entry_expires_after_ttl(harness):
    fn, _, clock = cached(harness, ttl=10)
    assert fn("x") == 1
    clock.advance(9.5)
    assert fn("x") == 1, "9.5 s old with ttl 10: expected a hit"
    clock.advance(1.0)
    assert fn("x") == 2, "10.5 s old with ttl 10: expected the call to be recomputed"
    assert fn("x") == 2, "the recomputed entry must be cached again"


@basic
def test_default_clock_and_ttl(harness):
    fn, model, _ = cached(harness, ttl=300, clock=False)
    assert [fn(5), fn(5), fn(6)] == [1, 1, 2], "with the real clock and ttl 300 s, expected hits"
    fn2 = cache_predictions()(harness.Model().function())
    assert [fn2("a"), fn2("a")] == [1, 1], "cache_predictions() with defaults must cache"


# -- trap ----------------------------------------------------------------------------------

@trap
def test_keyword_arguments_are_part_of_the_key(harness):
    """The seed keyed on str(args) and ignored keyword arguments."""
    fn, _, _ = cached(harness)
    got = [fn(1, scale=1), fn(1, scale=2), fn(1, scale=1), fn(1)]
    assert got == [1, 2, 1, 3], f"keyword arguments must be part of the key: expected " \
        f"[1, 2, 1, 3], got {got}"


@trap
def test_keyword_order_does_not_matter(harness):
    fn, _, _ = cached(harness)
    got = [fn(1, a=1, b=2), fn(1, b=2, a=1)]
    assert got == [1, 1], f"f(1, a=1, b=2) and f(1, b=2, a=1) are the same call, got {got}"


@trap
def test_arguments_that_print_alike_are_different_keys(harness):
    """The seed's str(args) key confuses equal-looking but different arguments."""
    fn, _, _ = cached(harness)
    one, two, one_again = harness.Token(1), harness.Token(2), harness.Token(1)
    got = [fn(one), fn(two), fn(one_again), fn(token=one), fn(token=two)]
    assert got == [1, 2, 1, 3, 4], f"Token(1) and Token(2) print the same but differ: " \
        f"expected [1, 2, 1, 3, 4], got {got}"


@trap
def test_hits_do_not_extend_life(harness):
    fn, _, clock = cached(harness, ttl=10)
    fn("k")
    for _ in range(3):
        clock.advance(4)
        fn("k")
    assert fn("k") == 2, "an entry stored 12 s ago with ttl 10 must be recomputed, even " \
        "though it was hit in between"


@trap
def test_exceptions_are_not_cached(harness):
    fn, model, _ = cached(harness, returns="fail-once")
    with pytest.raises(ValueError, match="transient"):
        fn(7)
    assert fn(7) == 2, "after an exception the next identical call must run the function"
    assert fn(7) == 2 and model.calls == 2


@trap
@pytest.mark.parametrize("returns", ["none", "zero", "false"])
def test_falsy_results_are_cached(harness, returns):
    fn, model, _ = cached(harness, returns=returns)
    fn("q")
    fn("q")
    assert model.calls == 1, f"a result of {returns} must be cached too; the function ran " \
        f"{model.calls} times"


# -- edge ----------------------------------------------------------------------------------

@edge
@pytest.mark.parametrize("args, kwargs", [
    (([1, 2],), {}),
    (({"a": 1},), {}),
    ((np.array([1.0, 2.0]),), {}),
    ((1,), {"weights": [0.5, 0.5]}),
], ids=["list", "dict", "ndarray", "list-kwarg"])
def test_unhashable_arguments_are_not_cached(harness, args, kwargs):
    fn, model, _ = cached(harness)
    got = [fn(*args, **kwargs), fn(*args, **kwargs)]
    assert got == [1, 2], f"unhashable arguments: expected the function to run each time " \
        f"(results [1, 2]), got {got}"
    assert fn(5) == 3 and fn(5) == 3, "hashable calls must still be cached afterwards"


@edge
def test_maxsize_evicts_least_recently_used(harness):
    fn, _, _ = cached(harness, maxsize=2)
    fn("a")
    fn("b")
    fn("a")  # a hit: "a" is now the most recently used
    fn("c")  # evicts "b"
    assert fn("a") == 1, "'a' was used more recently than 'b' and must still be cached"
    assert fn("c") == 3, "'c' must be cached"
    assert fn("b") == 4, "'b' was the least recently used and must have been evicted"
    assert info(fn)[2] == 2, f"expected currsize 2 with maxsize 2, got {info(fn)[2]}"


@edge
def test_maxsize_one(harness):
    fn, _, _ = cached(harness, maxsize=1)
    got = [fn(1), fn(1), fn(2), fn(1), fn(1)]
    assert got == [1, 1, 2, 3, 3], f"maxsize 1: expected [1, 1, 2, 3, 3], got {got}"


@edge
def test_each_function_has_its_own_cache(harness):
    first, _, _ = cached(harness)
    second, _, _ = cached(harness)
    assert (first(1), second(1), first(1), second(1)) == (1, 1, 1, 1)
    assert info(first)[:2] == (1, 1) and info(second)[:2] == (1, 1), (
        f"each wrapper counts its own calls, got {info(first)} and {info(second)}")


@edge
def test_fractional_ttl(harness):
    fn, _, clock = cached(harness, ttl=0.5)
    fn(0)
    clock.advance(0.25)
    assert fn(0) == 1, "0.25 s old with ttl 0.5: expected a hit"
    clock.advance(0.5)
    assert fn(0) == 2, "0.75 s old with ttl 0.5: expected a recomputation"


@edge
def test_expired_entry_is_a_miss_and_replaced(harness):
    fn, _, clock = cached(harness, ttl=5)
    fn("k")
    fn("k")
    clock.advance(6)
    fn("k")
    hits, misses, size = info(fn)
    assert (hits, misses) == (1, 2), f"expected hits 1 and misses 2, got {(hits, misses)}"
    assert size == 1, f"the recomputed entry replaces the old one: expected currsize 1, got {size}"


# -- mutation ------------------------------------------------------------------------------

@mutation
def test_arguments_not_mutated(harness):
    fn, _, _ = cached(harness)
    values, options = [3, 1, 2], {"b": [2, 1], "a": 1}
    _, args_after, kwargs_after = call_and_inspect(fn, values, **options)
    assert args_after == [values], f"positional arguments changed: {args_after}"
    assert kwargs_after == options, f"keyword arguments changed: {kwargs_after}"
    _, args_after, kwargs_after = call_and_inspect(fn, (1, 2), z=3, y=(4,))
    assert args_after == [(1, 2)] and kwargs_after == {"z": 3, "y": (4,)}


# -- scale ---------------------------------------------------------------------------------

def local_replay(reference, ops, ttl_seconds=300, maxsize=None):
    now = [1000.0]
    calls = [0]

    def fn(*args, **kwargs):
        calls[0] += 1
        return calls[0]

    wrapped = reference.cache_predictions(ttl_seconds=ttl_seconds, maxsize=maxsize,
                                          clock=lambda: now[0])(fn)
    results = []
    for op in ops:
        if op[0] == "tick":
            now[0] += op[1]
        else:
            results.append(wrapped(*op[1], **op[2]))
    return {"results": results, "info": tuple(wrapped.cache_info()), "calls": calls[0]}


def random_ops(rng, n, keys, tick):
    ops = []
    for _ in range(n):
        if rng.random() < tick:
            ops.append(("tick", rng.randrange(1, 4)))
        elif rng.random() < 0.5:
            ops.append(("call", (rng.randrange(keys),), {}))
        else:
            ops.append(("call", (rng.randrange(keys),), {"mode": rng.choice("ab")}))
    return ops


@scale
def test_lru_replay_matches_reference(harness, reference):
    """Seed 77: 6000 calls over 150 keys, maxsize 40, no expiry."""
    ops = random_ops(random.Random(77), 6000, 150, tick=0.0)
    want = local_replay(reference, ops, ttl_seconds=1e9, maxsize=40)
    got = harness.replay(ops, 1e9, 40)
    assert got["results"] == want["results"], "results differ from the reference's (LRU)"
    assert tuple(got["info"]) == want["info"], f"cache_info: expected {want['info']}, " \
        f"got {tuple(got['info'])}"


@scale
def test_ttl_replay_matches_reference(harness, reference):
    """Seed 78: 6000 operations over 60 keys, whole-second ticks, ttl 10.5, no maxsize."""
    ops = random_ops(random.Random(78), 6000, 60, tick=0.2)
    want = local_replay(reference, ops, ttl_seconds=10.5)
    got = harness.replay(ops, 10.5, None)
    assert got["results"] == want["results"], "results differ from the reference's (TTL)"
    assert tuple(got["info"])[:2] == want["info"][:2], (
        f"hits and misses: expected {want['info'][:2]}, got {tuple(got['info'])[:2]}")
