# expect: failed
# caught-by: trap
# why: the seed's answer: a locked __new__ that returns the cached instance (installed by the metaclass); Python still calls __init__ on it at every call
from threading import Lock


class SingletonMeta(type):
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        cls._instance = None
        cls._lock = Lock()

        def __new__(klass, *args, **kwargs):
            with klass._lock:
                if klass._instance is None:
                    klass._instance = object.__new__(klass)
            return klass._instance

        cls.__new__ = __new__
        return cls
