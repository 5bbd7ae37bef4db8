# style: per-class lock and instance slot created in the metaclass __init__, read from the class's own __dict__ (so subclasses never see the parent's)
"""Thread-safe singleton metaclass with one lock per class."""

import threading

_UNSET = object()


class SingletonMeta(type):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        # set on this very class: a subclass gets its own pair, it does not inherit the parent's
        type.__setattr__(cls, "_singleton_lock", threading.Lock())
        type.__setattr__(cls, "_singleton_instance", _UNSET)

    def __call__(cls, *args, **kwargs):
        own = cls.__dict__
        instance = own["_singleton_instance"]
        if instance is _UNSET:
            with own["_singleton_lock"]:
                instance = own["_singleton_instance"]
                if instance is _UNSET:
                    instance = super().__call__(*args, **kwargs)
                    type.__setattr__(cls, "_singleton_instance", instance)
        return instance
