# expect: failed
# backends: docker local
# why: starts sleeping processes until the pids limit refuses, then answers wrongly: bounded
import subprocess


class LRUCache:
    def __init__(self, capacity):
        self.children = []

    def get(self, key):
        try:
            while len(self.children) < 5000:
                self.children.append(subprocess.Popen(["sleep", "86399.4242"]))
        except OSError:
            pass
        return -1

    def put(self, key, value):
        pass
