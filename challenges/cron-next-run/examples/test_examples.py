"""Public examples: the behaviour the prompt shows, run by `grader check`."""

from datetime import datetime

import pytest
from cron_next_run import next_run

pytestmark = pytest.mark.category("example")


@pytest.mark.parametrize("expr, after, want", [
    ("*/15 * * * *", datetime(2024, 5, 10, 12, 7, 30), datetime(2024, 5, 10, 12, 15)),
    ("0 12 * * *", datetime(2024, 5, 10, 12, 0), datetime(2024, 5, 11, 12, 0)),
    ("0 9 * * mon-fri", datetime(2024, 5, 10, 9, 0), datetime(2024, 5, 13, 9, 0)),
    ("0 0 13 * FRI", datetime(2024, 5, 1), datetime(2024, 5, 3)),
    ("0 0 * * 7", datetime(2024, 5, 8), datetime(2024, 5, 12)),
])
def test_prompt_examples(expr, after, want):
    got = next_run(expr, after)
    assert got == want, f"next_run({expr!r}, {after}): expected {want}, got {got}"


def test_out_of_range_raises():
    with pytest.raises(ValueError):
        next_run("60 * * * *", datetime(2024, 5, 10))
