# expect: failed
# caught-by: trap
# why: saves with getattr and restores with setattr: a staticmethod comes back as a plain function, a classmethod as a bound method, and inherited attributes are copied onto the subclass
from contextlib import contextmanager

_MISSING = object()


@contextmanager
def patch_attribute(target, name, replacement):
    original = getattr(target, name, _MISSING)
    setattr(target, name, replacement)
    try:
        yield replacement
    finally:
        if original is _MISSING:
            delattr(target, name)
        else:
            setattr(target, name, original)


@contextmanager
def record_calls(target, name):
    original = getattr(target, name)
    calls = []

    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        calls.append((args, kwargs, result))
        return result

    with patch_attribute(target, name, wrapper):
        yield calls
