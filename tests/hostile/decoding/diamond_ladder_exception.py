# expect: error
# backends: docker local
# why: get() raises an exception whose class sits on a 60-level ladder of diamonds (each level
#   two classes deriving from both of the level below): valid Python, nothing tampered, 126
#   classes in its MRO but 2**60 paths from it to ValueError for a mirror that walks them
lower = (type("A0", (ValueError,), {}), type("B0", (ValueError,), {}))
for level in range(1, 61):
    lower = (type(f"A{level}", lower, {}), type(f"B{level}", lower, {}))
Ladder = lower[0]


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        raise Ladder("deep")

    def put(self, key, value):
        self.data[key] = value
