# expect: memory-limit
# backends: docker local
# why: takes 2 GB at once while being imported
HOARD = b"x" * (2 * 1024**3)


class LRUCache:
    pass
