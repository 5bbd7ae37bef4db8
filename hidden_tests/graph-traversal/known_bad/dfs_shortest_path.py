# expect: failed
# caught-by: basic
# why: shortest_path returns the first path a depth-first search finds, which need not have the fewest edges
from collections import deque


def bfs_order(graph, start):
    seen, order, queue = {start}, [start], deque([start])
    while queue:
        for nxt in graph.get(queue.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order


def dfs_order(graph, start):
    seen, order = set(), []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order


def shortest_path(graph, start, goal):
    parent = {start: None}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            path = [node]
            while path[-1] != start:
                path.append(parent[path[-1]])
            return path[::-1]
        for nxt in reversed(graph.get(node, [])):
            if nxt not in parent:
                parent[nxt] = node
                stack.append(nxt)
    return None
