# expect: error
# backends: docker local
# why: fills the temporary directory a megabyte at a time until the tmpfs is full
import os
import tempfile


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        chunk = b"x" * (1 << 20)
        for i in range(100_000):
            with open(os.path.join(tempfile.gettempdir(), f"pwned-fill-{i}"), "wb") as fh:
                fh.write(chunk)
        return -1

    def put(self, key, value):
        pass
