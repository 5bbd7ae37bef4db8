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


def _size(result):
    return len(result) if isinstance(result, list) else -1


def bfs_size(graph, start):
    """Probe target: bfs_order, reporting only the number of nodes returned."""
    return _size(graph_traversal.bfs_order(graph, start))


def dfs_size(graph, start):
    """Probe target: dfs_order, reporting only the number of nodes returned."""
    return _size(graph_traversal.dfs_order(graph, start))


def shortest_path_size(graph, start, goal):
    """Probe target: shortest_path, reporting only the path's length (-1 for None)."""
    return _size(graph_traversal.shortest_path(graph, start, goal))
