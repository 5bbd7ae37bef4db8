"""Hidden tests for two-tower-retrieval.

Expected scores are written out by hand (small cases) or computed as explicit
sums over D (random cases); expected rankings come from `ranking` below, a
plain sort on (-score, index). Tie cases use small integer embeddings so that
equal scores are exactly equal in floating point.
"""

import random

import numpy as np
import pytest
from two_tower_retrieval import top_k_items, two_tower_scores

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

USERS = np.array([[1.0, 0.0], [0.0, 2.0]])
ITEMS = np.array([[1.0, 1.0], [2.0, 0.0], [0.0, 1.0]])


def ranking(user_vec, items, k):
    scores = [sum(float(a) * float(b) for a, b in zip(user_vec, item, strict=True))
              for item in items]
    return sorted(range(len(items)), key=lambda i: (-scores[i], i))[:k]


def check_top(user_vec, items, k, want, what=""):
    got = top_k_items(user_vec, items, k)
    assert isinstance(got, list), f"top_k_items must return a list, got {type(got).__name__}"
    assert [int(i) for i in got] == want, f"top_k_items(k={k}){what}: expected {want}, got {got}"


def rand_ints(rng, *shape, lo=-3, hi=3):
    return np.array([float(rng.randint(lo, hi)) for _ in range(int(np.prod(shape)))]
                    ).reshape(shape)


@basic
def test_scores_by_hand():
    got = np.asarray(two_tower_scores(USERS, ITEMS))
    want = np.array([[1.0, 2.0, 0.0], [2.0, 0.0, 2.0]])
    assert got.shape == (2, 3), f"expected shape (2, 3) (users x items), got {got.shape}"
    assert np.allclose(got, want, rtol=1e-6, atol=1e-9), (
        f"expected {want.tolist()}, got {got.tolist()}")


@basic
def test_scores_with_more_items_than_users():
    """Seed 71: 3 users, 7 items, D = 5; explicit sums."""
    rng = random.Random(71)
    u = np.array([[rng.gauss(0, 1) for _ in range(5)] for _ in range(3)])
    it = np.array([[rng.gauss(0, 1) for _ in range(5)] for _ in range(7)])
    want = np.array([[sum(u[a, d] * it[b, d] for d in range(5)) for b in range(7)]
                     for a in range(3)])
    got = np.asarray(two_tower_scores(u, it))
    assert got.shape == (3, 7), f"expected shape (3, 7), got {got.shape}"
    assert np.allclose(got, want, rtol=1e-6, atol=1e-9), "scores differ from the dot products"


@basic
def test_scores_square_case_is_all_pairs():
    # U == I: the row-wise product (user u with item u only) would have shape (2,)
    u = np.array([[1.0, 2.0], [3.0, 4.0]])
    it = np.array([[5.0, 6.0], [7.0, 8.0]])
    got = np.asarray(two_tower_scores(u, it))
    want = np.array([[17.0, 23.0], [39.0, 53.0]])
    assert got.shape == (2, 2), f"expected every user against every item (2, 2), got {got.shape}"
    assert np.allclose(got, want, rtol=1e-6, atol=1e-9), (
        f"expected {want.tolist()}, got {got.tolist()}")


@basic
def test_top_k_by_hand():
    check_top(np.array([1.0, 0.0]), ITEMS, 2, [1, 0])
    check_top(np.array([1.0, 0.0]), ITEMS, 1, [1])


@basic
def test_top_k_is_sorted_descending():
    items = np.array([[0.1], [0.5], [0.3], [0.9], [0.7]])
    check_top(np.array([1.0]), items, 4, [3, 4, 1, 2])


@basic
def test_dot_product_not_cosine():
    # item 1 is longer but less aligned: dot products 1.0 vs 3.0 (cosine would prefer item 0)
    items = np.array([[1.0, 0.0], [3.0, 3.0]])
    check_top(np.array([1.0, 0.0]), items, 2, [1, 0], " (dot products 1 and 3)")


@trap
def test_ties_put_lower_index_first():
    check_top(np.array([0.0, 2.0]), ITEMS, 2, [0, 2])
    check_top(np.array([0.0, 2.0]), ITEMS, 3, [0, 2, 1])


@trap
def test_many_ties_across_the_cut():
    # 40 items with scores in {0, 1, 2}: the tie at the k-th score must keep the lowest indices
    rng = random.Random(72)
    items = np.array([[float(rng.randint(0, 2))] for _ in range(40)])
    for k in (1, 5, 13, 27, 40):
        check_top(np.array([1.0]), items, k, ranking([1.0], items, k), " with many ties")


@trap
def test_all_scores_equal():
    items = np.ones((25, 3))
    check_top(np.array([1.0, -1.0, 2.0]), items, 10, list(range(10)), " (all scores equal)")


@edge
def test_k_equals_number_of_items():
    items = np.array([[3.0], [-1.0], [2.0], [3.0]])
    check_top(np.array([1.0]), items, 4, [0, 3, 2, 1])


@edge
def test_negative_scores():
    items = np.array([[-1.0, 0.0], [-5.0, 0.0], [-0.5, 0.0]])
    check_top(np.array([1.0, 0.0]), items, 2, [2, 0])


@edge
def test_single_item_and_single_user():
    got = np.asarray(two_tower_scores(np.array([[2.0, 3.0]]), np.array([[4.0, -1.0]])))
    assert got.shape == (1, 1) and np.allclose(got, [[5.0]]), (
        f"expected [[5.0]], got {got.tolist()}")
    check_top(np.array([2.0, 3.0]), np.array([[4.0, -1.0]]), 1, [0])


@mutation
def test_arguments_are_not_mutated(submission):
    u = np.array([[3.0, 4.0], [1.0, 0.0]])
    it = np.array([[1.0, 2.0], [0.0, 5.0], [2.0, 2.0]])
    _, after, _ = call_and_inspect(submission.two_tower_scores, u, it)
    assert np.array_equal(after[0], u), "two_tower_scores modified user_emb"
    assert np.array_equal(after[1], it), "two_tower_scores modified item_emb"
    vec = np.array([3.0, 4.0])
    _, after, _ = call_and_inspect(submission.top_k_items, vec, it, 2)
    assert np.array_equal(after[0], vec), "top_k_items modified user_vec"
    assert np.array_equal(after[1], it), "top_k_items modified item_emb"


@scale
def test_large_catalog_matches_ranking(reference):
    """Seed 73: 1000 items of D = 8 (integer-valued, so many exact ties), 20 users."""
    rng = random.Random(73)
    items = rand_ints(rng, 1000, 8)
    users = rand_ints(rng, 20, 8)
    got = np.asarray(two_tower_scores(users, items))
    want = reference.two_tower_scores(users, items)
    assert got.shape == want.shape, f"expected shape {want.shape}, got {got.shape}"
    assert np.allclose(got, want, rtol=1e-6, atol=1e-9), "scores differ from the dot products"
    for u in range(3):
        for k in (1, 10, 100):
            scores = items @ users[u]
            want_top = sorted(range(1000), key=lambda i, s=scores: (-s[i], i))[:k]
            check_top(users[u], items, k, want_top, f" for user {u}")


@scale
def test_random_float_embeddings_match_reference(reference):
    """Seed 74: 500 items of D = 8 with Gaussian entries, k = 50."""
    rng = random.Random(74)
    items = np.array([[rng.gauss(0, 1) for _ in range(8)] for _ in range(500)])
    vec = np.array([rng.gauss(0, 1) for _ in range(8)])
    check_top(vec, items, 50, reference.top_k_items(vec, items, 50))
