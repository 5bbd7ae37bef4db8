# expect: failed
# backends: docker local
# why: hunts for the hidden tests and the reference (mounts, bwrap's command line, usual
# why: places) and prints any it finds
import os
import re

NAMES = {"test_lru_cache.py", "reference.py", "lru_harness.py", "probes.py"}


def _candidates():
    roots = {"/work", "/app", "/srv", "/home", "/root", "/opt", "/tmp", "/var", "/mnt", "/"}
    for path in ("/proc/self/mounts", "/proc/1/cmdline", "/proc/self/cmdline"):
        try:
            with open(path, "rb") as fh:
                text = fh.read().decode("utf-8", "replace").replace("\0", " ")
        except OSError:
            continue
        for found in re.findall(r"(/[\w./-]+)", text):
            roots.add(found)
            roots.add(os.path.dirname(found))
            if "hidden_tests" in found:
                roots.add(found.split("hidden_tests")[0])
    return sorted(roots)


def _hunt():
    seen = 0
    for root in _candidates():
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev", "usr", "lib")]
            seen += 1
            if seen > 20_000 or folder.count("/") > 8:
                dirs[:] = []
            for name in NAMES & set(files):
                try:
                    with open(os.path.join(folder, name)) as fh:
                        print("FOUND", folder, name, fh.read())
                except OSError:
                    pass


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        _hunt()
        return -1

    def put(self, key, value):
        pass
