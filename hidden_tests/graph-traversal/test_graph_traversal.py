"""Hidden tests for graph-traversal."""

import random

import pytest
from graph_traversal import bfs_order, dfs_order, shortest_path

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

LETTERS = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": [], "E": []}
# dfs preorder [1, 2, 3, 4]; marking nodes visited when pushed on a stack gives [1, 2, 4, 3]
PUSH_TRAP = {1: [2, 3], 2: [3, 4], 3: [], 4: []}
CHAIN = 100_000


def random_graph(rng, n, extra):
    graph = {i: [] for i in range(n)}
    for _ in range(extra):
        graph[rng.randrange(n)].append(rng.randrange(n))
    return graph


@basic
def test_bfs_level_by_level():
    got = bfs_order(LETTERS, "A")
    assert got == ["A", "B", "C", "D", "E"], f"expected ['A', 'B', 'C', 'D', 'E'], got {got}"


@basic
def test_bfs_neighbours_in_list_order():
    graph = {"s": ["c", "a", "b"], "a": ["z"], "c": ["y"]}
    got = bfs_order(graph, "s")
    want = ["s", "c", "a", "b", "y", "z"]
    assert got == want, f"expected {want}, got {got}"


@basic
def test_dfs_goes_deep_first():
    got = dfs_order(LETTERS, "A")
    assert got == ["A", "B", "D", "C", "E"], f"expected ['A', 'B', 'D', 'C', 'E'], got {got}"


@basic
def test_dfs_neighbours_in_list_order():
    graph = {"s": ["c", "a", "b"], "a": ["z"], "c": ["y"]}
    got = dfs_order(graph, "s")
    want = ["s", "c", "y", "a", "z", "b"]
    assert got == want, f"expected {want}, got {got}"


@basic
def test_dfs_is_the_recursive_preorder():
    got = dfs_order(PUSH_TRAP, 1)
    assert got == [1, 2, 3, 4], (
        f"expected [1, 2, 3, 4] (3 is first reached through 2), got {got}")


@basic
def test_dfs_preorder_on_a_larger_graph():
    graph = {0: [1, 5, 2], 1: [3, 5], 2: [6], 3: [0, 4], 4: [2], 5: [6, 4], 6: []}
    got = dfs_order(graph, 0)
    assert got == [0, 1, 3, 4, 2, 6, 5], f"expected [0, 1, 3, 4, 2, 6, 5], got {got}"


@basic
def test_shortest_path_fewest_edges():
    graph = {"A": ["B", "E"], "B": ["C"], "C": ["D"], "D": ["G"], "E": ["F"], "F": ["G"]}
    got = shortest_path(graph, "A", "G")
    assert got == ["A", "E", "F", "G"], f"expected ['A', 'E', 'F', 'G'], got {got}"


@basic
@pytest.mark.parametrize("first, want", [("B", ["A", "B", "D"]), ("C", ["A", "C", "D"])])
def test_shortest_path_is_the_one_bfs_finds_first(first, want):
    other = "C" if first == "B" else "B"
    graph = {"A": [first, other], "B": ["D"], "C": ["D"]}
    got = shortest_path(graph, "A", "D")
    assert got == want, f"expected {want} (A lists {first} first), got {got}"


@basic
def test_shortest_path_through_a_later_discovered_branch():
    graph = {0: [1, 2, 3], 1: [4], 2: [5], 3: [6], 4: [7], 5: [6, 7], 6: [7]}
    got = shortest_path(graph, 0, 7)
    assert got == [0, 1, 4, 7], f"expected [0, 1, 4, 7], got {got}"
    got = shortest_path(graph, 0, 6)
    assert got == [0, 3, 6], f"expected [0, 3, 6], got {got}"


@edge
def test_node_only_a_neighbour_has_no_edges():
    graph = {1: [2, 3], 2: [4]}
    assert bfs_order(graph, 1) == [1, 2, 3, 4], "bfs: 3 and 4 have no key and no outgoing edges"
    assert dfs_order(graph, 1) == [1, 2, 4, 3], "dfs: 3 and 4 have no key and no outgoing edges"
    got = shortest_path(graph, 1, 4)
    assert got == [1, 2, 4], f"expected [1, 2, 4], got {got}"


@edge
def test_start_that_is_only_a_neighbour():
    graph = {1: [2]}
    assert bfs_order(graph, 2) == [2], "bfs from a node without a key: expected [2]"
    assert dfs_order(graph, 2) == [2], "dfs from a node without a key: expected [2]"
    got = shortest_path(graph, 2, 1)
    assert got is None, f"2 has no outgoing edges: expected None, got {got}"


@edge
def test_start_equals_goal_for_a_node_that_is_only_a_neighbour():
    """[start] when start == goal holds for every node, also one with no key in the graph."""
    got = shortest_path({1: [2]}, 2, 2)
    assert got == [2], f"start == goal == 2 (2 only a neighbour): expected [2], got {got}"


@edge
def test_start_equals_goal():
    assert shortest_path(LETTERS, "C", "C") == ["C"], "start == goal: expected ['C']"
    graph = {0: [0, 1], 1: [0]}
    got = shortest_path(graph, 0, 0)
    assert got == [0], f"start == goal with a cycle back to it: expected [0], got {got}"


@edge
def test_unreachable_goal_is_none():
    got = shortest_path(LETTERS, "D", "A")
    assert got is None, f"expected None, got {got}"
    got = shortest_path(LETTERS, "A", "Z")
    assert got is None, f"goal absent from the graph: expected None, got {got}"


@edge
def test_edges_are_directed():
    graph = {0: [1], 2: [0]}
    assert bfs_order(graph, 0) == [0, 1], "2 -> 0 is not an edge from 0 to 2"
    assert dfs_order(graph, 0) == [0, 1], "2 -> 0 is not an edge from 0 to 2"
    assert shortest_path(graph, 2, 1) == [2, 0, 1]


@edge
def test_cycles_self_loops_and_repeated_neighbours():
    graph = {0: [0, 1, 1, 2], 1: [2, 0, 1], 2: [0, 3, 3], 3: [1]}
    assert bfs_order(graph, 0) == [0, 1, 2, 3]
    got = dfs_order(graph, 0)
    assert got == [0, 1, 2, 3], f"expected [0, 1, 2, 3], got {got}"
    assert shortest_path(graph, 0, 3) == [0, 2, 3]


@edge
def test_tuple_nodes_on_a_grid():
    graph = {(0, 0): [(0, 1), (1, 0)], (0, 1): [(1, 1)], (1, 0): [(1, 1)], (1, 1): [(2, 1)]}
    got = bfs_order(graph, (0, 0))
    assert got == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 1)], f"bfs: got {got}"
    got = dfs_order(graph, (0, 0))
    assert got == [(0, 0), (0, 1), (1, 1), (2, 1), (1, 0)], f"dfs: got {got}"
    got = shortest_path(graph, (0, 0), (2, 1))
    assert got == [(0, 0), (0, 1), (1, 1), (2, 1)], f"shortest path: got {got}"


@edge
def test_falsy_nodes():
    graph = {5: ["", 7], "": [0], 0: [7]}
    got = bfs_order(graph, 5)
    assert got == [5, "", 7, 0], f"expected [5, '', 7, 0], got {got}"
    got = dfs_order(graph, 5)
    assert got == [5, "", 0, 7], f"expected [5, '', 0, 7], got {got}"
    got = shortest_path(graph, 5, 0)
    assert got == [5, "", 0], f"expected [5, '', 0], got {got}"
    got = shortest_path(graph, 0, 7)
    assert got == [0, 7], f"expected [0, 7], got {got}"


def check_chain(harness, function, n, back_to_start=False):
    kind, length, wrong = harness.on_chain(function, n, back_to_start)
    assert kind == "list", f"{function}: expected a list, got {kind}"
    assert length == n, f"{function}: expected the {n} nodes of the path, got {length}"
    assert wrong == -1, f"{function}: expected the nodes in path order, position {wrong} differs"


@trap
def test_dfs_on_a_path_of_100_000_nodes(harness):
    check_chain(harness, "dfs_order", CHAIN)


@trap
def test_bfs_on_a_path_of_100_000_nodes(harness):
    check_chain(harness, "bfs_order", CHAIN)


@trap
def test_shortest_path_on_a_path_of_100_000_nodes(harness):
    check_chain(harness, "shortest_path", CHAIN)


@trap
def test_dfs_deep_with_edges_back_to_the_start(harness):
    """Depth 100 000 where every node first lists the (visited) start."""
    check_chain(harness, "dfs_order", CHAIN, back_to_start=True)


@mutation
def test_graph_not_mutated():
    graph = {"A": ["C", "B"], "B": ["D"], "C": ["D", "E"], "E": ["A"]}
    snapshot = {k: list(v) for k, v in graph.items()}
    for fn, args in ((bfs_order, (graph, "A")), (dfs_order, (graph, "A")),
                     (shortest_path, (graph, "A", "D")), (shortest_path, (graph, "D", "A"))):
        _, args_after, _ = call_and_inspect(fn, *args)
        assert args_after[0] == snapshot, f"{fn.__name__} modified the graph"


@scale
def test_random_graphs_match_reference(reference):
    """Seed 8: 60 random graphs of up to 40 nodes; every start, a few goals."""
    rng = random.Random(8)
    for case in range(60):
        n = rng.randint(1, 40)
        graph = random_graph(rng, n, rng.randint(0, 3 * n))
        start = rng.randrange(n)
        for name in ("bfs_order", "dfs_order"):
            want = getattr(reference, name)(graph, start)
            got = globals()[name](graph, start)
            assert got == want, f"case {case}: {name} differs from the reference's"
        for goal in (rng.randrange(n), rng.randrange(n), n):
            want = reference.shortest_path(graph, start, goal)
            got = shortest_path(graph, start, goal)
            assert got == want, f"case {case}: shortest_path to {goal} differs: {got} vs {want}"


@scale
def test_large_random_graph_matches_reference(reference):
    """Seed 31: 20 000 nodes and 60 000 edges."""
    rng = random.Random(31)
    graph = random_graph(rng, 20_000, 60_000)
    for name in ("bfs_order", "dfs_order"):
        want = getattr(reference, name)(graph, 0)
        got = globals()[name](graph, 0)
        assert got == want, f"{name} on 20 000 nodes differs from the reference's"
    for goal in (19_999, 12_345):
        want = reference.shortest_path(graph, 0, goal)
        got = shortest_path(graph, 0, goal)
        assert got == want, f"shortest_path to {goal} differs: got {got}, expected {want}"


@scale
def test_wide_star_graph(reference):
    """Seed 12: a hub with 20 000 neighbours, each pointing at a few random others."""
    rng = random.Random(12)
    n = 20_000
    graph = {0: list(range(1, n + 1))}
    for i in range(1, n + 1):
        graph[i] = [rng.randint(1, n) for _ in range(2)]
    got = bfs_order(graph, 0)
    assert got == list(range(n + 1)), "bfs of a hub: expected the hub then its neighbours in order"
    want = reference.dfs_order(graph, 0)
    assert dfs_order(graph, 0) == want, "dfs of a hub graph differs from the reference's"
