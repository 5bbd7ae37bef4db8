"""Hidden tests for perf-decorator.

Decorated functions, loggers and traces live in the harness; wrappers come
back as proxies, so calling one runs the call in the sandbox and
`wrapper.last_stats` is read from there.
"""

import pytest

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")

MB = 1_000_000


@pytest.fixture(autouse=True)
def clean_state(harness):
    """Every test starts with no trace running and fresh log captures."""
    harness.reset_tracing()
    harness.capture("perf")
    harness.capture("custom.perf")
    yield


def stats_of(wrapper):
    stats = wrapper.last_stats
    assert isinstance(stats, dict), f"last_stats must be a dict, got {stats!r}"
    assert set(stats) >= {"seconds", "peak_bytes"}, (
        f"last_stats must have 'seconds' and 'peak_bytes', got {sorted(stats)}")
    return stats


def check_types(stats):
    seconds, peak = stats["seconds"], stats["peak_bytes"]
    assert isinstance(seconds, float), f"seconds must be a float, got {seconds!r}"
    assert isinstance(peak, int) and not isinstance(peak, bool), (
        f"peak_bytes must be an int, got {peak!r}")


# -- basic -------------------------------------------------------------------------
@basic
def test_bare_decorator_passes_arguments_and_result(harness):
    wrapper = harness.decorate("add")
    got = wrapper(2, 3, scale=4)
    assert got == 20, f"add(2, 3, scale=4) through the decorator: expected 20, got {got!r}"


@basic
def test_logger_form_passes_arguments_and_result(harness):
    wrapper = harness.decorate("add", "custom.perf")
    got = wrapper(1, 2)
    assert got == 3, f"add(1, 2) through profile_performance(logger=...): expected 3, got {got!r}"


@basic
def test_last_stats_shape_and_types(harness):
    wrapper = harness.decorate("allocate")
    wrapper(1000)
    check_types(stats_of(wrapper))


@basic
def test_seconds_measures_the_call(harness):
    wrapper = harness.decorate("sleepy")
    wrapper(0.06)
    seconds = stats_of(wrapper)["seconds"]
    assert 0.055 <= seconds < 2.0, f"a 0.06 s call: expected seconds ~0.06, got {seconds!r}"


@basic
def test_peak_bytes_measures_the_call(harness):
    wrapper = harness.decorate("allocate")
    wrapper(8 * MB)
    peak = stats_of(wrapper)["peak_bytes"]
    assert peak >= 7.5 * MB, f"a call that allocates 8 MB: expected peak_bytes >= 8e6, got {peak!r}"
    assert peak < 200 * MB, f"peak_bytes is in bytes: got {peak!r} for an 8 MB allocation"


@basic
def test_stats_are_per_call(harness):
    big = harness.decorate("allocate")
    big(6 * MB)
    small = harness.decorate("noop")
    small()
    peak = stats_of(small)["peak_bytes"]
    assert peak < MB, (
        f"a call allocating nothing after a 6 MB call elsewhere reported peak_bytes={peak}")
    sleepy = harness.decorate("sleepy")
    sleepy(0.3)
    sleepy(0.0)
    seconds = stats_of(sleepy)["seconds"]
    assert seconds < 0.15, (
        f"last_stats must describe the last call (0 s), not the one before (0.3 s); "
        f"got seconds={seconds}")


@basic
def test_one_info_record_per_call_on_perf_logger(harness):
    wrapper = harness.decorate("add")
    for i in range(3):
        wrapper(i, i)
    count = harness.info_count("perf")
    assert count == 3, f"3 calls should log 3 INFO records to the 'perf' logger, got {count}"


@basic
def test_given_logger_receives_the_records(harness):
    wrapper = harness.decorate("add", "custom.perf")
    wrapper(1, 1)
    wrapper(2, 2)
    custom, default = harness.info_count("custom.perf"), harness.info_count("perf")
    assert custom == 2, f"2 calls should log 2 INFO records to the given logger, got {custom}"
    assert default == 0, f"with a logger given, nothing goes to 'perf'; got {default} records"


@basic
@pytest.mark.parametrize("logger_name", [None, "custom.perf"])
def test_metadata_is_kept(harness, logger_name):
    meta = harness.metadata("add", logger_name)
    assert meta["name"] == "add", f"__name__ should be 'add', got {meta['name']!r}"
    assert meta["doc"] == "Add two numbers and scale the sum.", (
        f"__doc__ should be the function's, got {meta['doc']!r}")
    assert meta["wrapped_is_original"], "__wrapped__ should be the decorated function"


@basic
def test_trace_started_by_the_decorator_is_stopped(harness):
    wrapper = harness.decorate("allocate")
    wrapper(MB)
    assert not harness.is_tracing(), (
        "nothing was tracing before the call: the trace the decorator started must be stopped")


# -- edge --------------------------------------------------------------------------
@edge
def test_function_returning_none(harness):
    wrapper = harness.decorate("noop")
    assert wrapper() is None
    check_types(stats_of(wrapper))


@edge
def test_separate_wrappers_keep_separate_stats(harness):
    slow, fast = harness.decorate("sleepy"), harness.decorate("sleepy", "custom.perf")
    slow(0.3)
    fast(0.0)
    assert stats_of(slow)["seconds"] >= 0.29, "each wrapper keeps its own last_stats"
    assert stats_of(fast)["seconds"] < 0.15, "each wrapper keeps its own last_stats"


# -- trap: the seed stops tracemalloc unconditionally ---------------------------------------
@trap
def test_outer_trace_survives(harness):
    report = harness.call_under_outer_trace(3 * MB, MB)
    assert report["result"] == MB
    assert report["tracing_after"], "the decorator stopped a trace it did not start"
    assert report["current_after"] >= 2.9 * MB, (
        "the outer trace lost track of memory allocated before the call: the decorator "
        f"restarted it (traced {report['current_after']} bytes, expected >= 3e6)")
    peak = report["stats"].get("peak_bytes", -1)
    assert peak >= 0.9 * MB, f"under an outer trace a 1 MB call reported peak_bytes={peak}"


@trap
def test_nested_decorated_calls(harness):
    report = harness.nested_calls(2 * MB, 5 * MB)
    assert report["tracing_between"], (
        "the inner decorated call stopped the trace the outer call had started")
    outer_peak = report["outer"].get("peak_bytes", -1)
    assert outer_peak >= 4.5 * MB, (
        "the outer call allocated 5 MB after the inner call returned, but reported "
        f"peak_bytes={outer_peak}")
    inner_peak = report["inner"].get("peak_bytes", -1)
    assert inner_peak >= 1.8 * MB, f"the inner 2 MB call reported peak_bytes={inner_peak}"
    assert not report["tracing_after"], "the outer call must stop the trace it started"


@trap
def test_nested_allocation_inside_inner_counts_for_outer(harness):
    report = harness.nested_calls(5 * MB, 1000)
    outer_peak = report["outer"].get("peak_bytes", -1)
    assert outer_peak >= 4.5 * MB, (
        f"the inner call allocated 5 MB during the outer call, but the outer call reported "
        f"peak_bytes={outer_peak}")


@trap
def test_nested_call_keeps_the_outer_calls_earlier_peak(harness):
    """The peak is "during that call": an inner decorated call must not wipe what the outer
    call reached before it (tracemalloc.reset_peak() in the inner call does)."""
    report = harness.nested_calls(1000, 1000, 5 * MB)
    outer_peak = report["outer"].get("peak_bytes", -1)
    assert outer_peak >= 4.5 * MB, (
        "the outer call allocated 5 MB before calling the inner decorated call, but "
        f"reported peak_bytes={outer_peak}")


# -- error: the function raises -------------------------------------------------------------
@error
def test_exception_propagates(harness):
    wrapper = harness.decorate("fails")
    with pytest.raises(ValueError, match="boom"):
        wrapper(1000)


@error
def test_stats_recorded_when_the_function_raises(harness):
    report = harness.failing_call(3 * MB)
    assert report["raised"] and report["raised"].startswith("ValueError: boom"), (
        f"expected the function's ValueError to propagate, got {report['raised']!r}")
    stats = report["stats"]
    assert stats.get("seconds", -1) >= 0.015, (
        f"a call that raised after 0.02 s should still record seconds, got {stats}")
    assert stats.get("peak_bytes", -1) >= 2.7 * MB, (
        f"a call that allocated 3 MB and raised should still record peak_bytes, got {stats}")


@error
def test_trace_stopped_when_the_function_raises(harness):
    report = harness.failing_call(1000)
    assert report["raised"], "the exception did not propagate"
    assert not report["tracing_after"], "the trace the decorator started was left running"


# -- mutation ------------------------------------------------------------------------
@mutation
def test_arguments_reach_the_function_unchanged(harness):
    wrapper = harness.decorate("add")
    got = wrapper([1, 2], [3], scale=2)
    assert got == [1, 2, 3, 1, 2, 3], f"expected the list arguments as given, got {got!r}"
