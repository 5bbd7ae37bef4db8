# expect: failed
# backends: docker local
# why: starts threads until none can start (pids, address space), then answers wrongly
import threading


class LRUCache:
    def __init__(self, capacity):
        self.threads = []

    def get(self, key):
        stop = threading.Event()
        try:
            while len(self.threads) < 5000:
                thread = threading.Thread(target=stop.wait, daemon=True)
                thread.start()
                self.threads.append(thread)
        except RuntimeError:
            pass
        return -1

    def put(self, key, value):
        pass
