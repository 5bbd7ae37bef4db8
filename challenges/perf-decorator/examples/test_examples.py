"""Public examples: run by `grader check`.

The decorated functions live in a helper module running beside your
submission (the `harness` fixture): `harness.decorate(name, logger_name=None)`
applies `profile_performance` (bare, or with `logger=logging.getLogger(name)`)
to one of its functions (`add(a, b, *, scale=1)`, `allocate(nbytes)`,
`sleepy(seconds)`) and returns the wrapper; `harness.capture(logger_name)` and
`harness.info_count(logger_name)` count the INFO records a logger receives.
"""

import pytest

pytestmark = pytest.mark.category("example")


def test_result_passes_through(harness):
    assert harness.decorate("add")(2, 3, scale=2) == 10


def test_last_stats(harness):
    wrapper = harness.decorate("allocate")
    wrapper(4_000_000)
    stats = wrapper.last_stats
    assert isinstance(stats["seconds"], float)
    assert stats["peak_bytes"] >= 3_800_000, f"a 4 MB allocation: got {stats}"


def test_logs_one_info_record_per_call(harness):
    harness.capture("perf")
    wrapper = harness.decorate("add")
    wrapper(1, 1)
    wrapper(2, 2)
    assert harness.info_count("perf") == 2


def test_metadata(harness):
    meta = harness.metadata("add")
    assert meta["name"] == "add" and meta["wrapped_is_original"]
