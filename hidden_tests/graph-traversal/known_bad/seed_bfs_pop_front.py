# expect: failed
# caught-by: probe
# why: the seed's BFS queue is a list drained with pop(0): correct order, but O(V) per dequeue, O(V^2) overall
def bfs_order(graph, start):
    visited, queue, order = {start}, [start], [start]
    while queue:
        vertex = queue.pop(0)
        for nxt in graph.get(vertex, []):
            if nxt not in visited:
                visited.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order


def dfs_order(graph, start):
    visited, order = set(), []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        for nxt in reversed(graph.get(node, [])):
            if nxt not in visited:
                stack.append(nxt)
    return order


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph.get(node, []):
            if nxt not in prev:
                prev[nxt] = node
                if nxt == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(prev[path[-1]])
                    return path[::-1]
                queue.append(nxt)
    return None
