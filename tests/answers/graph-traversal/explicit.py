# style: hand-rolled queue (list + head index) and an explicit DFS stack of [node, next-neighbour-index] frames
"""BFS, DFS and shortest path with hand-written queue and stack."""

_NO_EDGES = ()


def _neighbours(graph, node):
    return graph.get(node, _NO_EDGES)


def bfs_order(graph, start) -> list:
    seen = {start}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nb in _neighbours(graph, node):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return queue  # the queue, read front to back, is exactly the visiting order


def dfs_order(graph, start) -> list:
    order = [start]
    seen = {start}
    stack = [[start, 0]]  # each frame: the node and the index of the next neighbour to try
    while stack:
        frame = stack[-1]
        nbs = _neighbours(graph, frame[0])
        i = frame[1]
        while i < len(nbs) and nbs[i] in seen:
            i += 1
        if i == len(nbs):
            stack.pop()
            continue
        frame[1] = i + 1
        nxt = nbs[i]
        seen.add(nxt)
        order.append(nxt)
        stack.append([nxt, 0])
    return order


def shortest_path(graph, start, goal) -> list | None:
    if start == goal:
        return [start]
    seen = {start}
    queue = [start]
    came_from = [-1]  # came_from[j] is the queue index of the node that discovered queue[j]
    head = 0
    while head < len(queue):
        node = queue[head]
        for nb in _neighbours(graph, node):
            if nb in seen:
                continue
            seen.add(nb)
            queue.append(nb)
            came_from.append(head)
            if nb == goal:
                path = []
                j = len(queue) - 1
                while j != -1:
                    path.append(queue[j])
                    j = came_from[j]
                path.reverse()
                return path
        head += 1
    return None
