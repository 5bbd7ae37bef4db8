# expect: failed
# backends: docker local
# why: get() returns a list subclass and a str subclass whose __iter__, __len__, __getitem__,
#   __str__ and __eq__ lie
class LyingList(list):
    def __iter__(self):
        return iter([self.claimed])

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return self.claimed

    def __eq__(self, other):
        return True


class LyingStr(str):
    def __str__(self):
        return str(self.claimed)

    def __eq__(self, other):
        return True

    def __hash__(self):
        return hash(self.claimed)


class LRUCache:
    def __init__(self, capacity):
        self.store = {}

    def get(self, key):
        value = self.store.get(key, -1)
        if key == "a":
            out = LyingList(["nothing", "here"])
        else:
            out = LyingStr("wrong")
        out.claimed = value
        return out

    def put(self, key, value):
        self.store[key] = value
