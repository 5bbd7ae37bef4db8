# expect: failed
# caught-by: error
# why: restores after the yield without try/finally, so an exception in the block leaves the patch in place
from contextlib import contextmanager

_MISSING = object()


@contextmanager
def patch_attribute(target, name, replacement):
    original = vars(target).get(name, _MISSING)
    setattr(target, name, replacement)
    yield replacement
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
