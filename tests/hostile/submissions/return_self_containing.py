# expect: error
# backends: docker local
# why: get() returns a list and a dict that contain themselves
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        loop, table = [], {}
        loop.append(loop)
        table["self"] = table
        return [loop, table]

    def put(self, key, value):
        pass
