# expect: error
# backends: docker local
# why: fills /dev/shm, memory the tmpfs limit does not count
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        chunk = b"s" * (1 << 20)
        for i in range(100_000):
            with open(f"/dev/shm/pwned-shm-{i}", "wb") as fh:
                fh.write(chunk)
        return -1

    def put(self, key, value):
        pass
