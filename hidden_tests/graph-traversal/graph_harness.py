"""Runs beside the submission: builds big graphs in the sandbox so they need not cross the wire."""

import graph_traversal


def chain(n, back_to_start=False):
    """The path 0 -> 1 -> ... -> n-1 (node n-1 has no key); optionally every node also
    lists 0 first, an edge back to the start."""
    if back_to_start:
        return {i: [0, i + 1] for i in range(n - 1)}
    return {i: [i + 1] for i in range(n - 1)}


def on_chain(function, n, back_to_start=False):
    """Call `function` of the submission on a chain of n nodes (from 0; to n-1 for
    shortest_path) and report what came back: (type name, length, first index i where
    result[i] != i, or -1)."""
    graph = chain(n, back_to_start)
    args = (graph, 0, n - 1) if function == "shortest_path" else (graph, 0)
    result = getattr(graph_traversal, function)(*args)
    if not isinstance(result, list):
        return type(result).__name__, -1, -1
    wrong = next((i for i, node in enumerate(result) if node != i), -1)
    return "list", len(result), wrong


# The probe targets: each function's whole result (as a list, or None), checked against the
# reference's (the catalog fixes every order); the grader fetches it after the timed call.
def _plain(result):
    return None if result is None else list(result)


def bfs(graph, start):
    return _plain(graph_traversal.bfs_order(graph, start))


def dfs(graph, start):
    return _plain(graph_traversal.dfs_order(graph, start))


def shortest(graph, start, goal):
    return _plain(graph_traversal.shortest_path(graph, start, goal))
