# expect: failed
# caught-by: trap
# why: keeps originals in one module-level dict keyed by (target, name): a nested patch of the same attribute overwrites the saved original, so the outer exit restores the inner replacement
from contextlib import contextmanager

_MISSING = object()
_saved = {}


@contextmanager
def patch_attribute(target, name, replacement):
    key = (id(target), name)
    _saved[key] = vars(target).get(name, _MISSING)
    setattr(target, name, replacement)
    try:
        yield replacement
    finally:
        original = _saved.get(key, _MISSING)
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
