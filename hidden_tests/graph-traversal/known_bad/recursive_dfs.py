# expect: error
# caught-by: trap
# why: textbook recursive DFS: RecursionError on a path of 100 000 nodes (default recursion limit 1000)
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
    order, seen = [], set()

    def visit(node):
        seen.add(node)
        order.append(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                visit(nxt)

    visit(start)
    return order


def shortest_path(graph, start, goal):
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parent[node]
            return path[::-1]
        for nxt in graph.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    return None
