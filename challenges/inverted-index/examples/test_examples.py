"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import math

import pytest
from inverted_index import InvertedIndex

pytestmark = pytest.mark.category("example")


def same(got, want):
    return len(got) == len(want) and all(
        g[0] == w[0] and math.isclose(g[1], w[1], rel_tol=1e-9)
        for g, w in zip(got, want, strict=True))


@pytest.fixture
def index():
    idx = InvertedIndex()
    idx.add(1, "the quick brown fox")
    idx.add(2, "the lazy dog")
    idx.add(3, "quick quick dog")
    return idx


def test_ranked_by_tf_idf(index):
    idf = math.log(3 / 2) + 1
    want = [(3, 2 / 3 * idf), (1, 1 / 4 * idf)]
    got = index.search("quick")
    assert same(got, want), f"expected {want}, got {got}"


def test_repeated_query_token_counts_once_and_ties_go_to_smaller_id(index):
    score = 1 / 3 * (math.log(3 / 2) + 1)
    want = [(2, score), (3, score)]
    got = index.search("dog dog")
    assert same(got, want), f"expected {want}, got {got}"


def test_no_match_and_k_zero(index):
    assert index.search("cat") == [], f"expected [], got {index.search('cat')}"
    assert index.search("quick", k=0) == [], "k=0 must give []"


def test_remove_changes_scores(index):
    index.remove(3)
    want = [(1, 0.25 * (math.log(2) + 1))]
    got = index.search("quick")
    assert same(got, want), f"expected {want}, got {got}"
