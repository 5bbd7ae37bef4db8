# expect: failed
# caught-by: basic
# why: record_calls records the call but forgets to return the original's result to the caller
from contextlib import contextmanager

_MISSING = object()


@contextmanager
def patch_attribute(target, name, replacement):
    original = vars(target).get(name, _MISSING)
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
        calls.append((args, kwargs, original(*args, **kwargs)))

    with patch_attribute(target, name, wrapper):
        yield calls
