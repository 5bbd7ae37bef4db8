# expect: timeout
# backends: docker local
# why: at import, finds the live worker through gc.get_objects() and swaps its protocol output for a
#   black hole
import gc


class BlackHole:
    def write(self, data):
        return len(data)

    def flush(self):
        pass


for obj in gc.get_objects():
    if type(obj).__name__ == "Worker" and hasattr(obj, "proto_out"):
        obj.proto_out = BlackHole()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
