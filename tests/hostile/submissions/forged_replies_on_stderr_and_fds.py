# expect: failed
# backends: docker local
# why: writes protocol replies to stderr, to fds 0, 1 and 2, and to /dev/stdout and /dev/stderr
import json
import os


def _forge():
    data = "".join(json.dumps({"id": i, "ok": 1, "t": 0.0}) + "\n" for i in range(100)).encode()
    for fd in (0, 1, 2):
        try:
            os.write(fd, data)
        except OSError:
            pass
    for path in ("/dev/stdout", "/dev/stderr", "/proc/self/fd/1"):
        try:
            with open(path, "wb") as fh:
                fh.write(data)
        except OSError:
            pass


_forge()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        _forge()
        return -1

    def put(self, key, value):
        pass
