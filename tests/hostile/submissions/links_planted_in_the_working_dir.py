# expect: failed
# backends: docker local
# why: plants symlinks named like every file a grader reads or writes afterwards (the report,
# why: the submission, the worker, CI and platform result files) pointing at the host's files
import os
import sys

NAMES = ["report.json", "results.json", "junit.xml", "report.html", "lru_cache.py",
         "worker.py", "wire.py", "grader.toml", "pwned-link", ".coverage", "sentinel.txt"]
TARGETS = ["/etc/passwd", "/", "/work/main/tests/hostile/sentinel.txt", "../../../../../../",
           "/proc/1/root", "/opt/grader/worker.py"]


def _plant(folder):
    for i, name in enumerate(NAMES):
        path = os.path.join(folder, name)
        try:
            os.symlink(TARGETS[i % len(TARGETS)], path)
        except OSError as exc:
            print("no link", path, type(exc).__name__)


for _folder in {os.getcwd(), os.path.expanduser("~"), "/tmp", os.path.dirname(__file__),
                sys.path[0]}:
    _plant(_folder)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
