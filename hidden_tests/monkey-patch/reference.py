"""Reference monkey patching: read and restore the target's own __dict__ entry.

`getattr` is the wrong tool for saving an attribute: on a class it runs the
descriptor protocol (a staticmethod comes back as its function, a classmethod
as a bound method) and it finds inherited attributes too. So the original is
taken from the target's own namespace (`vars(target)`), with a sentinel for
"not there" (None is a legitimate value). On exit, which `finally` guarantees
also when the block raises, the very same object is set back, or the name is
deleted if the target did not have it. Each patch keeps its own saved value in
its generator frame, so nested patches unwind in order.
"""

import inspect
from contextlib import contextmanager

_MISSING = object()


def _own_attribute(target, name):
    """The target's own value for `name` (no descriptors run, nothing inherited)."""
    try:
        return vars(target).get(name, _MISSING)
    except TypeError:  # an object without __dict__ (e.g. __slots__): fall back
        return getattr(target, name, _MISSING)


@contextmanager
def patch_attribute(target, name: str, replacement):
    """Set target.<name> to `replacement` inside the block; restore it exactly on exit."""
    original = _own_attribute(target, name)
    setattr(target, name, replacement)
    try:
        yield replacement
    finally:
        if original is _MISSING:
            delattr(target, name)
        else:
            setattr(target, name, original)


@contextmanager
def record_calls(target, name: str):
    """Wrap target.<name> so calls still reach the original; yield the list of calls.

    On a module or an instance the wrapper calls what `getattr` gives (a function,
    or a method already bound to the instance). On a class the raw attribute
    decides: a staticmethod is wrapped in a staticmethod, a classmethod in a
    classmethod (so subclasses still receive their own class), and a plain
    function in a plain function, which then receives the instance as args[0].
    """
    calls: list = []

    def recording(fn):
        def recorder(*args, **kwargs):
            result = fn(*args, **kwargs)
            calls.append((args, kwargs, result))
            return result
        return recorder

    raw = inspect.getattr_static(target, name) if isinstance(target, type) else None
    if isinstance(raw, staticmethod):
        wrapper = staticmethod(recording(raw.__func__))
    elif isinstance(raw, classmethod):
        func = raw.__func__

        def class_recorder(cls, *args, **kwargs):
            result = func(cls, *args, **kwargs)
            calls.append((args, kwargs, result))
            return result

        wrapper = classmethod(class_recorder)
    else:
        wrapper = recording(getattr(target, name))
    with patch_attribute(target, name, wrapper):
        yield calls
