# expect: error
# backends: docker local
# why: one file past the file-size limit (Python ignores SIGXFSZ: the write fails with EFBIG)
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        with open("pwned-huge", "wb") as fh:
            for _ in range(40):
                fh.write(b"h" * (1 << 20))
        return -1

    def put(self, key, value):
        pass
