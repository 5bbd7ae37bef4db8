"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from graph_traversal import bfs_order, dfs_order, shortest_path

pytestmark = pytest.mark.category("example")

GRAPH = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"]}


def test_bfs_order():
    got = bfs_order(GRAPH, "A")
    assert got == ["A", "B", "C", "D", "E"], f"expected ['A', 'B', 'C', 'D', 'E'], got {got}"


def test_dfs_order():
    got = dfs_order(GRAPH, "A")
    assert got == ["A", "B", "D", "C", "E"], f"expected ['A', 'B', 'D', 'C', 'E'], got {got}"
    got = dfs_order({1: [2, 3], 2: [3, 4], 3: [], 4: []}, 1)
    assert got == [1, 2, 3, 4], f"expected [1, 2, 3, 4], got {got}"


def test_shortest_paths():
    assert shortest_path(GRAPH, "A", "E") == ["A", "C", "E"]
    got = shortest_path(GRAPH, "A", "D")
    assert got == ["A", "B", "D"], f"expected ['A', 'B', 'D'] (found first by BFS), got {got}"


def test_same_node_and_unreachable():
    assert shortest_path(GRAPH, "A", "A") == ["A"]
    got = shortest_path(GRAPH, "D", "A")
    assert got is None, f"expected None, got {got}"
