# expect: failed
# backends: docker local
# why: prints 40 MB in get(); the report keeps a bounded part
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        line = "flood " * 100 + "\n"
        for _ in range(40 * 1024 * 1024 // len(line)):
            sys.stdout.write(line)
        return -1

    def put(self, key, value):
        pass
