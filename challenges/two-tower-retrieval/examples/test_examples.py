"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from two_tower_retrieval import top_k_items, two_tower_scores

pytestmark = pytest.mark.category("example")

USERS = np.array([[1.0, 0.0], [0.0, 2.0]])
ITEMS = np.array([[1.0, 1.0], [2.0, 0.0], [0.0, 1.0]])


def test_scores_every_user_against_every_item():
    np.testing.assert_allclose(two_tower_scores(USERS, ITEMS), [[1.0, 2.0, 0.0], [2.0, 0.0, 2.0]],
                               rtol=1e-6, atol=1e-9)


def test_top_k():
    assert list(top_k_items(np.array([1.0, 0.0]), ITEMS, 2)) == [1, 0]


def test_ties_lower_index_first():
    assert list(top_k_items(np.array([0.0, 2.0]), ITEMS, 3)) == [0, 2, 1]
