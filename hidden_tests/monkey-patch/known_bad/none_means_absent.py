# expect: failed
# caught-by: edge
# why: uses None to mean "the target did not have it", so an attribute whose value is None is deleted on exit
from contextlib import contextmanager


@contextmanager
def patch_attribute(target, name, replacement):
    original = vars(target).get(name)
    setattr(target, name, replacement)
    try:
        yield replacement
    finally:
        if original is None:
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
