"""Inputs for the performance probes (the graph crosses as data: a dict of int -> list)."""


def random_graph(n, rng):
    """A wide random graph on n nodes, all reachable from 0: a random recursive tree plus
    n random extra edges, neighbour lists shuffled. BFS frontiers hold a large share of
    the nodes, so a queue built on list.pop(0) costs O(V^2)."""
    graph = {i: [] for i in range(n)}
    for child in range(1, n):
        graph[rng.randrange(child)].append(child)
    for _ in range(n):
        graph[rng.randrange(n)].append(rng.randrange(n))
    for neighbours in graph.values():
        rng.shuffle(neighbours)
    return [graph, 0]


def star_graph(n, rng):
    """A hub 0 pointing at the n-1 other nodes in shuffled order; the leaves appear only as
    neighbours (no key, no edges). BFS holds every leaf in its queue at once, so a queue
    drained with list.pop(0) costs O(V^2) while the BFS itself does little per node."""
    leaves = list(range(1, n))
    rng.shuffle(leaves)
    return [{0: leaves}, 0]


def long_chain(n, rng):
    """A chain 0 -> 1 -> ... -> n-1 where each node also points back to a random earlier
    node (no shortcuts). The shortest path to n-1 has n nodes, so copying a path per
    node costs O(V^2)."""
    graph = {i: [i + 1, rng.randrange(i + 1)] for i in range(n - 1)}
    for neighbours in graph.values():
        rng.shuffle(neighbours)
    return [graph, 0, n - 1]
