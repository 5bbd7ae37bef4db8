# expect: failed
# caught-by: trap
# why: keeps the instance in a class attribute and reads it with getattr, which a subclass inherits: Child() returns Base's instance
import threading


class SingletonMeta(type):
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        if getattr(cls, "_instance", None) is None:
            with SingletonMeta._lock:
                if getattr(cls, "_instance", None) is None:
                    cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
