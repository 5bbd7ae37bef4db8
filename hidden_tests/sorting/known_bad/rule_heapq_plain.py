# expect: rejected
# caught-by: rule
# why: heap sort with the heapq module (stable thanks to the position tie-breaker)
import heapq


def merge_sort(items, key=None):
    heap = [(item if key is None else key(item), i, item) for i, item in enumerate(items)]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[2] for _ in range(len(heap))]


def quick_sort(items):
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]
