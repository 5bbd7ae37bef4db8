"""Reference singleton metaclass: double-checked locking in `__call__`.

`type.__call__` is what runs `__new__` and `__init__`; overriding it in the
metaclass lets us decide whether to construct at all, so `__init__` runs only
for the one instance that is created (a cached `__new__` cannot do that:
Python calls `__init__` on whatever `__new__` returns).

Instances are kept in a dict keyed by the class itself, so a subclass never
finds its parent's instance (a `cls._instance` attribute would be inherited).
The first check is lock-free for speed once the instance exists; the second,
under the lock, makes sure only one thread constructs it. The lock is held
while `__init__` runs, so threads that lost the race wait for a fully
initialised instance. It is re-entrant, so an `__init__` may itself create
the instance of another singleton class.
"""

import threading


class SingletonMeta(type):
    """Metaclass: every class using it has one instance, created (and initialised) once."""

    _instances: dict = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        instance = SingletonMeta._instances.get(cls)
        if instance is None:
            with SingletonMeta._lock:
                instance = SingletonMeta._instances.get(cls)
                if instance is None:
                    instance = super().__call__(*args, **kwargs)
                    SingletonMeta._instances[cls] = instance
        return instance
