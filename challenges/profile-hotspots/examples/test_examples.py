"""Public examples: run by `grader check`.

The profiled functions live in a helper module that runs beside your
submission (the `harness` fixture): `harness.workload(rounds)` calls a few
functions of its own and some standard-library code, `harness.tiny()` calls
nothing and returns "tiny".
"""

import pytest
from profile_hotspots import profile_hotspots

pytestmark = pytest.mark.category("example")


def test_returns_result_and_hotspots(harness):
    result, hotspots = profile_hotspots(harness.tiny)
    assert result == "tiny"
    assert isinstance(hotspots, list)
    assert any("tiny" in name for name, _, _ in hotspots), f"tiny is missing: {hotspots}"


def test_entries_are_tuples_sorted_by_cumulative_time(harness):
    _, hotspots = profile_hotspots(harness.workload, 5, top=4)
    assert 1 <= len(hotspots) <= 4
    for entry in hotspots:
        name, calls, seconds = entry
        assert isinstance(name, str) and isinstance(calls, int) and isinstance(seconds, float)
    seconds = [entry[2] for entry in hotspots]
    assert seconds == sorted(seconds, reverse=True), "sort by cumulative time, descending"
    assert "workload" in hotspots[0][0], "the profiled function has the highest cumulative time"


def test_no_builtins_or_standard_library(harness):
    _, hotspots = profile_hotspots(harness.workload, 5, top=100)
    names = " ".join(name for name, _, _ in hotspots)
    for word in ("built-in", "dumps", "json", "fractions"):
        assert word not in names, f"{word!r} should not be listed: {hotspots}"
