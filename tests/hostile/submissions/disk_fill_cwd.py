# expect: error
# backends: docker local
# why: fills its working directory until the file system refuses
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        chunk = b"y" * (1 << 20)
        for i in range(100_000):
            with open(os.path.join(os.getcwd(), f"pwned-cwd-{i}"), "wb") as fh:
                fh.write(chunk)
        return -1

    def put(self, key, value):
        pass
