# expect: failed
# backends: docker local
# why: tens of thousands of empty files and directories in the tmpfs, then a wrong answer
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        os.makedirs("pwned-many", exist_ok=True)
        for i in range(20_000):
            open(os.path.join("pwned-many", str(i)), "w").close()
        return -1

    def put(self, key, value):
        pass
