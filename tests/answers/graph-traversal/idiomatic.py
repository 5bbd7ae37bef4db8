# style: collections.deque for BFS, a stack of neighbour iterators with for/else for DFS, predecessor map + sentinel for paths
"""BFS, DFS and shortest path using the standard library's deque and iterators."""

from collections import deque

_ROOT = object()  # predecessor of the start node (nodes may be None, so not None)


def bfs_order(graph, start) -> list:
    order = []
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nb in graph.get(node, ()):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order


def dfs_order(graph, start) -> list:
    order = [start]
    seen = {start}
    stack = [iter(graph.get(start, ()))]
    while stack:
        for nb in stack[-1]:
            if nb not in seen:
                seen.add(nb)
                order.append(nb)
                stack.append(iter(graph.get(nb, ())))
                break
        else:
            stack.pop()
    return order


def shortest_path(graph, start, goal) -> list | None:
    if start == goal:
        return [start]
    came_from = {start: _ROOT}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nb in graph.get(node, ()):
            if nb in came_from:
                continue
            came_from[nb] = node
            if nb == goal:
                path = []
                step = nb
                while step is not _ROOT:
                    path.append(step)
                    step = came_from[step]
                return path[::-1]
            queue.append(nb)
    return None
