# expect: failed
# backends: docker local
# why: resolves names through whatever resolver the sandbox sees
# absent: RESOLVED
import socket


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for name in ("example.com", "metadata.google.internal", "pypi.org"):
            try:
                print("RESOLVED", name, socket.getaddrinfo(name, 80)[0][4])
            except OSError as exc:
                print("no answer", name, type(exc).__name__)
        return -1

    def put(self, key, value):
        pass
