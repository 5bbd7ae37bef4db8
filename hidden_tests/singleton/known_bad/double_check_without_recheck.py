# expect: failed
# caught-by: concurrency
# why: "double-checked locking" without the second check: every thread that passed the first check creates its own instance, one after another under the lock
import threading


class SingletonMeta(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            with cls._lock:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
