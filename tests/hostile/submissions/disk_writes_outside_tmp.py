# expect: failed
# backends: docker local
# why: tries to write everywhere else (root, /etc, the worker, Python, /proc); says what worked
# absent: WROTE
import os
import sys

TARGETS = ["/pwned-root", "/etc/pwned-etc", "/opt/grader/worker.py", "/opt/grader/pwned",
           "/usr/pwned-usr", os.path.join(sys.prefix, "pwned-prefix"),
           os.path.join(os.path.dirname(os.__file__), "pwned-stdlib"), "/var/tmp/pwned-vartmp",
           "/proc/sys/kernel/pwned", "/sys/pwned"]


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for path in TARGETS:
            try:
                with open(path, "a") as fh:
                    fh.write("x")
                print("WROTE", path)
            except OSError as exc:
                print("refused", path, type(exc).__name__)
        return -1

    def put(self, key, value):
        pass
