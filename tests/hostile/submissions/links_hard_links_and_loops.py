# expect: failed
# backends: docker local
# why: hard links to the host's and the worker's files, and symlink loops, in the working dir
import os
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for i, target in enumerate(["/etc/passwd", "/opt/grader/worker.py", sys.executable,
                                    os.__file__, "/proc/self/exe"]):
            try:
                os.link(target, f"pwned-hard-{i}")
                print("LINKED", target)
            except OSError as exc:
                print("no hard link", target, type(exc).__name__)
        for a, b in (("pwned-loop-a", "pwned-loop-b"), ("pwned-loop-b", "pwned-loop-a")):
            try:
                os.symlink(a, b)
            except OSError:
                pass
        os.symlink("pwned-self", "pwned-self")
        return -1

    def put(self, key, value):
        pass
