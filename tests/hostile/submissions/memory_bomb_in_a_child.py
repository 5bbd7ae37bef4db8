# expect: failed
# backends: docker local
# why: a forked child eats memory: the limit must hold for the sandbox, not one process
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        pid = os.fork()
        if pid == 0:
            try:
                hoard = []
                while True:
                    hoard.append(b"x" * (1 << 24))
            finally:
                os._exit(9)
        os.waitpid(pid, 0)
        return -1

    def put(self, key, value):
        pass
