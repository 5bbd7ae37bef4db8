# expect: failed
# caught-by: basic
# why: keeps a single instance on the metaclass, so every class using it returns the first object ever created
import threading


class SingletonMeta(type):
    _instance = None
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with SingletonMeta._lock:
            if SingletonMeta._instance is None:
                SingletonMeta._instance = super().__call__(*args, **kwargs)
        return SingletonMeta._instance
