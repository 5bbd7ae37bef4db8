# expect: rejected
# caught-by: rule
# why: pulls heapify/heappop in with a star import from heapq
from heapq import *  # noqa: F403


def merge_sort(items, key=None):
    heap = [(item if key is None else key(item), i, item) for i, item in enumerate(items)]
    heapify(heap)  # noqa: F405
    return [heappop(heap)[2] for _ in range(len(heap))]  # noqa: F405


def quick_sort(items):
    heap = list(items)
    heapify(heap)  # noqa: F405
    return [heappop(heap) for _ in range(len(heap))]  # noqa: F405
