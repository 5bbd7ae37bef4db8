# expect: failed
# caught-by: basic
# why: iterative DFS that marks nodes visited when pushed: not the recursive preorder ({1: [2, 3], 2: [3, 4]} gives 1, 2, 4, 3)
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
    seen, order, stack = {start}, [], [start]
    while stack:
        node = stack.pop()
        order.append(node)
        for nxt in reversed(graph.get(node, [])):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return order


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    parent = {start: start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                if nxt == goal:
                    path = [nxt]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return path[::-1]
                queue.append(nxt)
    return None
