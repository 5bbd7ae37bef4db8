# expect: failed
# backends: docker local
# why: tries to replace, rename or chmod the worker and the codec beside it, and to swap the
# why: harness it was given for a link
# absent: REPLACED
import os

WORKER = os.path.abspath(os.sys.modules["__main__"].__file__)
WIRE = os.path.join(os.path.dirname(WORKER), "wire.py")


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for path in (WORKER, WIRE):
            for attempt in (lambda p: os.rename(p, p + ".old"), lambda p: os.chmod(p, 0o777),
                            lambda p: os.unlink(p), lambda p: os.symlink("/etc/passwd", p)):
                try:
                    attempt(path)
                    print("REPLACED", path)
                except OSError as exc:
                    print("refused", path, type(exc).__name__)
        harness = os.sys.modules["lru_harness"].__file__
        os.unlink(harness)
        os.symlink("/etc/passwd", harness)
        return -1

    def put(self, key, value):
        pass
