"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from ab_sample_size import sample_size_per_group

pytestmark = pytest.mark.category("example")


def test_ten_percent_lift_on_ten_percent():
    assert sample_size_per_group(0.10, 0.10) in (14749, 14751)


def test_relative_lift():
    assert sample_size_per_group(0.05, 0.20) in (8155, 8158)


def test_power_ninety():
    assert sample_size_per_group(0.20, 0.05, alpha=0.05, power=0.9) in (34244, 34247)


def test_rounds_up():
    assert sample_size_per_group(0.08, 0.20) in (4918, 4921)
