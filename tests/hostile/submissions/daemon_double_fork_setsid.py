# expect: failed
# backends: docker local
# why: at import, double-forks a setsid daemon that would outlive the grade, then answers wrongly
import os

if os.fork() == 0:
    try:
        os.setsid()
        if os.fork() == 0:
            os.execvp("sleep", ["sleep", "86399.4242"])
    finally:
        os._exit(0)
os.wait()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
