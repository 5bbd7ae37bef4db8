# expect: passed
# backends: docker local
# why: a correct O(1) cache; while the probe runs the reference in a second sandbox, a thread
# why: hunts for that sandbox's files and prints what it finds. (The verdict must not hang on
# why: the probe: the hunt's own CPU use may leave it inconclusive, which still passes.)
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
    """Recency kept by the dict's insertion order: a hit moves its key to the end."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity, self.values = capacity, {}

    def get(self, key):
        if key not in self.values:
            return -1
        self.values[key] = self.values.pop(key)
        return self.values[key]

    def put(self, key, value):
        self.values.pop(key, None)
        if len(self.values) >= self.capacity:
            del self.values[next(iter(self.values))]
        self.values[key] = value
