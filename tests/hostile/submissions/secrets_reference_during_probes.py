# expect: failed
# backends: docker local
# why: correct but O(n) per call (so the probe fails it); while the probe runs the reference in
# why: a second sandbox, a thread hunts for that sandbox's files and prints what it finds
# args: -k test_get_returns_stored_value --probes quick
# max-seconds: 120
import glob
import os
import threading
import time

MINE = os.path.abspath(__file__)


def _hunt():
    for _ in range(150):  # every 0.2 s for 30 s: often enough, without drowning the probe
        pattern = ["/tmp/**/*.py", "/proc/*/cwd/**/*.py", "/proc/*/root/tmp/**/*.py"]
        for path in {p for g in pattern for p in glob.glob(g, recursive=True)}:
            try:
                with open(path) as fh:
                    text = fh.read()
            except OSError:
                continue
            if "class LRUCache" in text and os.path.abspath(path) != MINE:
                print("FOUND", path, text)
        time.sleep(0.2)


threading.Thread(target=_hunt, daemon=True).start()


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity, self.keys, self.values = capacity, [], {}

    def get(self, key):
        if key not in self.values:
            return -1
        self.keys.remove(key)
        self.keys.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.keys.remove(key)
        elif len(self.keys) >= self.capacity:
            del self.values[self.keys.pop(0)]
        self.keys.append(key)
        self.values[key] = value
