# style: a registry dict keyed by class on the metaclass, guarded by one global RLock with double-checked locking
"""Thread-safe singleton metaclass: one instance per class, __init__ run once."""

import threading


class SingletonMeta(type):
    _instances = {}
    _lock = threading.RLock()  # re-entrant: an __init__ may itself create another singleton

    def __call__(cls, *args, **kwargs):
        try:
            return SingletonMeta._instances[cls]  # fast path, no lock once created
        except KeyError:
            pass
        with SingletonMeta._lock:
            if cls not in SingletonMeta._instances:
                # type.__call__ runs __new__ and __init__ exactly once, under the lock
                SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
            return SingletonMeta._instances[cls]
