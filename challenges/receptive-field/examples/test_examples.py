"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from receptive_field import effective_kernel, receptive_field

pytestmark = pytest.mark.category("example")


def test_effective_kernel():
    assert effective_kernel(3, 1) == 3
    assert effective_kernel(3, 2) == 5


def test_empty_stack():
    assert receptive_field([]) == 1


def test_two_plain_convolutions():
    assert receptive_field([{"kernel": 3}, {"kernel": 3}]) == 5


def test_strides_multiply_later_layers():
    assert receptive_field([{"kernel": 7, "stride": 2}, {"kernel": 3, "stride": 2}]) == 11
