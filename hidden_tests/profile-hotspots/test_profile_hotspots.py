"""Hidden tests for profile-hotspots.

The profiled functions live in the harness (see its docstring for the cost
split). An entry's function_name may be a bare name or a longer label
("file.py:12(name)", "module.name"): an entry is matched to a harness function
when it contains that function's name as a whole word.
"""

import json
import re
from fractions import Fraction

import pytest
from profile_hotspots import profile_hotspots

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")

ORDER = ["workload", "dispatch", "hot_step", "stdlib_block", "warm_step", "cold_setup"]
ROUNDS = 30


def owner(name, candidates=ORDER):
    """The harness function an entry's name refers to, or None."""
    found = [c for c in candidates if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", name)]
    return found[0] if len(found) == 1 else None


def run(harness, *args, **kwargs):
    got = profile_hotspots(harness.workload, *args, **kwargs)
    assert isinstance(got, tuple) and len(got) == 2, (
        f"expected a (result, hotspots) tuple, got {type(got).__name__}")
    return got


def harness_entries(entries):
    return [(owner(e[0]), e) for e in entries if owner(e[0])]


def expected_result(rounds, scale=1):
    data = [i % 7 for i in range(400 * scale)]
    hot = sum(v * v for v in data) * 150 * rounds
    warm = sum(data) * 12 * 7
    acc = sum((Fraction(1, i) for i in range(1, 500 * scale)), Fraction(0))
    text = json.dumps({"items": list(range(300)), "nested": {"a": [1, 2, 3]}}, indent=1)
    return hot + warm + acc.denominator % 1000 + len(text)


# -- basic -------------------------------------------------------------------------
@basic
def test_returns_the_functions_result(harness):
    result, _ = run(harness, ROUNDS)
    want = expected_result(ROUNDS)
    assert result == want, f"expected the function's result {want}, got {result!r}"


@basic
def test_entries_are_name_count_seconds_tuples(harness):
    _, entries = run(harness, ROUNDS, top=10)
    assert isinstance(entries, list), f"hotspots must be a list, got {type(entries).__name__}"
    assert entries, "no hotspots were reported"
    for entry in entries:
        assert isinstance(entry, tuple) and len(entry) == 3, (
            f"each hotspot must be a (function_name, call_count, cumulative_seconds) "
            f"tuple, got {entry!r}")
        name, count, seconds = entry
        assert isinstance(name, str) and name, f"function_name must be a string, got {name!r}"
        assert isinstance(count, int) and not isinstance(count, bool) and count >= 1, (
            f"call_count must be a positive int, got {count!r}")
        assert isinstance(seconds, float | int) and not isinstance(seconds, bool) \
            and seconds >= 0, f"cumulative_seconds must be a number >= 0, got {seconds!r}"


@basic
def test_lists_every_harness_function(harness):
    _, entries = run(harness, ROUNDS, top=50)
    found = {owner(e[0]) for e in entries} - {None}
    missing = [name for name in ORDER if name not in found]
    assert not missing, f"hotspots are missing {missing}; got {[e[0] for e in entries]}"


@basic
def test_call_counts(harness):
    _, entries = run(harness, ROUNDS, top=50)
    counts = {who: e[1] for who, e in harness_entries(entries)}
    want = {"workload": 1, "dispatch": 1, "hot_step": ROUNDS, "stdlib_block": 1,
            "warm_step": 7, "cold_setup": 1}
    assert counts == want, f"expected call counts {want}, got {counts}"


def before(order, first, second):
    return order.index(first) < order.index(second)


@basic
def test_sorted_by_cumulative_time_descending(harness):
    _, entries = run(harness, ROUNDS, top=50)
    seconds = [e[2] for e in entries]
    assert seconds == sorted(seconds, reverse=True), (
        f"hotspots must be sorted by cumulative time, descending; got {entries}")
    order = [who for who, _ in harness_entries(entries)]
    assert sorted(order) == sorted(ORDER), f"expected each harness function once, got {order}"
    assert order[0] == "workload" and before(order, "dispatch", "hot_step"), (
        "workload contains every other call and dispatch contains hot_step, so their "
        f"cumulative times come first; got the order {order}")


@basic
def test_default_top_is_five(harness):
    _, entries = run(harness, ROUNDS)
    assert len(entries) == 5, f"top defaults to 5: expected 5 hotspots, got {len(entries)}"


@basic
@pytest.mark.parametrize("top", [1, 2, 3])
def test_top_limits_the_list(harness, top):
    _, entries = run(harness, ROUNDS, top=top)
    assert len(entries) == top, f"top={top}: expected {top} hotspots, got {len(entries)}"
    # workload contains everything and dispatch about 90% of it: whatever the machine's
    # noise, they are the two highest of the harness functions (a wrapper of the
    # submission's own may rank above them).
    order = [who for who, _ in harness_entries(entries)]
    assert len(order) >= top - 1, f"top={top}: the workload's functions are missing: {entries}"
    assert order[:2] == ORDER[:min(len(order), 2)], (
        f"top={top}: expected the highest cumulative times {ORDER[:min(top, 2)]} first, "
        f"got {order}")


@basic
def test_keyword_arguments_reach_the_function(harness):
    result, entries = run(harness, 4, scale=2, top=50)
    want = expected_result(4, scale=2)
    assert result == want, f"workload(4, scale=2) should return {want}, got {result!r}"
    counts = {who: e[1] for who, e in harness_entries(entries)}
    assert counts.get("hot_step") == 4, f"expected hot_step called 4 times, got {counts}"


@basic
def test_function_runs_exactly_once(harness):
    harness.reset_counted()
    result, _ = profile_hotspots(harness.counted, 21)
    assert result == 42, f"expected 42, got {result!r}"
    calls = harness.counted_calls()
    assert calls == 1, f"the profiled function must run once, it ran {calls} times"


# -- edge --------------------------------------------------------------------------
@edge
def test_function_without_callees(harness):
    result, entries = profile_hotspots(harness.tiny)
    assert result == "tiny", f"expected 'tiny', got {result!r}"
    mine = [e for e in entries if owner(e[0], ["tiny"])]
    assert len(mine) == 1 and mine[0][1] == 1, (
        f"expected one entry for tiny with 1 call, got {entries}")


@edge
def test_result_structures_and_keyword_only_arguments(harness):
    result, _ = profile_hotspots(harness.returns_structure, "x", flag=True, top=1)
    want = {"label": "x", "flag": True, "pair": (1, 2)}
    assert result == want, f"expected {want}, got {result!r}"


@edge
def test_top_larger_than_the_number_of_functions(harness):
    _, entries = run(harness, ROUNDS, top=500)
    assert len(entries) < 500, "more hotspots than functions ran"
    found = sorted(who for who, _ in harness_entries(entries))
    assert found == sorted(ORDER), f"expected all of {ORDER}, got {found}"


# -- trap --------------------------------------------------------------------------
@trap
def test_no_standard_library_or_builtin_functions(harness):
    forbidden = harness.other_functions(ROUNDS)
    _, entries = run(harness, ROUNDS, top=500)
    leaked = [e[0] for e in entries if owner(e[0]) is None
              and owner(e[0], forbidden) is not None]
    leaked += [e[0] for e in entries if "built-in" in e[0] or e[0].startswith(("{", "<method"))]
    assert not leaked, f"standard-library or builtin functions were listed: {leaked[:6]}"


@trap
def test_third_party_python_functions_are_listed(harness):
    """"Outside the standard library" includes installed packages: NumPy's pure-Python
    isscalar is listed, with its call count."""
    result, entries = profile_hotspots(harness.third_party_block, 10, top=100)
    assert result == 1000, f"expected the function's result 1000, got {result!r}"
    found = [e for e in entries if owner(e[0], ["isscalar"])]
    assert found, ("numpy.isscalar (a Python function of an installed package) was called "
                   f"1000 times but not listed: got {[e[0] for e in entries]}")
    assert found[0][1] == 1000, f"isscalar was called 1000 times, listed with {found[0][1]}"


@trap
def test_functions_whose_time_is_in_callees_rank_high(harness):
    _, entries = run(harness, ROUNDS, top=3)
    order = [who for who, _ in harness_entries(entries)]
    assert "dispatch" in order and "workload" in order, (
        "workload and dispatch spend their time in callees and have the highest cumulative "
        f"times: they belong in the top 3, got {[e[0] for e in entries]}")


@trap
@pytest.mark.parametrize("name", ["dispatch", "stdlib_block"])
def test_cumulative_time_includes_callees(harness, name):
    _, entries = run(harness, ROUNDS, top=50)
    reported = {who: e[2] for who, e in harness_entries(entries)}[name]
    plain = harness.plain_seconds(name, ROUNDS)
    assert reported >= 0.5 * plain, (
        f"{name} runs for about {plain:.4f} s (mostly in the functions it calls, "
        f"standard-library ones included), but its cumulative time was reported as "
        f"{reported:.4f} s: internal time instead of cumulative?")


# -- mutation ----------------------------------------------------------------------
@mutation
def test_arguments_passed_unchanged(harness):
    values = [3, 1, 2]
    (result, _), args_after, _ = call_and_inspect(profile_hotspots, harness.sum_list, values)
    assert result == 6, f"expected 6, got {result!r}"
    assert args_after[1] == [3, 1, 2], f"the argument list was modified: {args_after[1]!r}"
