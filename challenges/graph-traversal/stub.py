"""Graph traversal on an adjacency dict {node: [neighbour, ...]}: BFS, DFS, shortest path."""


def bfs_order(graph, start) -> list:
    """Return the nodes reachable from `start` in breadth-first order (neighbours in list order).

    A node that appears only as a neighbour has no outgoing edges. `graph` is not modified.
    """
    raise NotImplementedError


def dfs_order(graph, start) -> list:
    """Return the preorder of the recursive DFS from `start` that visits neighbours in list order.

    Must work on a path of 100 000 nodes. `graph` is not modified.
    """
    raise NotImplementedError


def shortest_path(graph, start, goal) -> list | None:
    """Return the fewest-edge node list from `start` to `goal` (the one BFS finds first).

    `[start]` when start == goal; None when goal is unreachable. `graph` is not modified.
    """
    raise NotImplementedError
