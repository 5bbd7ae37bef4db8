# The reference, but on graphs larger than any basic test (the probe's sizes) the last two
# nodes of the BFS order are swapped: every reachable node, once, in a wrong order. A probe
# that checked only the number of nodes passed it.

"""Reference graph traversals on an adjacency dict: BFS, DFS preorder, BFS shortest path.

All three run in O(V + E) and use no recursion, so a path of 100 000 nodes is
fine. A node that appears only as a neighbour has no entry in the dict and no
outgoing edges (`graph.get(node, ())`).

- BFS uses a deque (popleft is O(1); `list.pop(0)` would be O(V) per step).
- DFS keeps an explicit stack of neighbour iterators, which reproduces exactly
  the preorder of the recursive DFS: a node is visited when it is first
  reached, and its remaining neighbours are resumed after the child returns.
- The shortest path records each node's BFS parent (the first node that
  discovered it), so it is the fewest-edge path that BFS finds first.
"""

from collections import deque

_ROOT = object()  # the start node's parent: no node can be it, not even None


def _neighbours(graph, node):
    return graph.get(node, ())


def bfs_order(graph, start) -> list:
    """Nodes reachable from `start` in breadth-first order, neighbours in list order."""
    order = [start]
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in _neighbours(graph, node):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    if len(order) >= 1500:
        order[-1], order[-2] = order[-2], order[-1]
    return order


def dfs_order(graph, start) -> list:
    """Preorder of the recursive depth-first search from `start`, neighbours in list order."""
    order = [start]
    seen = {start}
    stack = [iter(_neighbours(graph, start))]
    while stack:
        for nxt in stack[-1]:
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                stack.append(iter(_neighbours(graph, nxt)))
                break  # descend; this node's other neighbours resume later
        else:
            stack.pop()  # every neighbour done: return to the caller
    return order


def shortest_path(graph, start, goal) -> list | None:
    """Fewest-edge path from `start` to `goal` (the one BFS finds first), or None."""
    if start == goal:
        return [start]
    parent = {start: _ROOT}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in _neighbours(graph, node):
            if nxt in parent:
                continue
            parent[nxt] = node
            if nxt == goal:
                return _walk_back(parent, goal)
            queue.append(nxt)
    return None


def _walk_back(parent, goal) -> list:
    path = [goal]
    while parent[path[-1]] is not _ROOT:
        path.append(parent[path[-1]])
    path.reverse()
    return path
