"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from batch_generator import BatchGenerator

pytestmark = pytest.mark.category("example")


def test_batches_in_order_with_a_partial_last_batch():
    data = np.arange(10).reshape(5, 2)
    gen = BatchGenerator(data, batch_size=2)
    assert len(gen) == 3
    batches = list(gen)
    assert [b.tolist() for b in batches] == [[[0, 1], [2, 3]], [[4, 5], [6, 7]], [[8, 9]]]


def test_drop_last():
    data = np.arange(10).reshape(5, 2)
    assert len(BatchGenerator(data, 2, drop_last=True)) == 2


def test_labels_stay_with_their_rows_when_shuffled():
    data = np.arange(10).reshape(5, 2)
    labels = np.array([0, 10, 20, 30, 40])
    for x, y in BatchGenerator(data, 2, labels=labels, shuffle=True, seed=7):
        assert (np.asarray(x)[:, 0] // 2 * 10).tolist() == np.asarray(y).tolist()
