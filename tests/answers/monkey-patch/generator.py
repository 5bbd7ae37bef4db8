# style: @contextmanager generators; raw attribute read from the target's own __dict__, descriptor-aware recorder
"""Temporary, exactly-undone monkey patches, and a call recorder built on them."""

import functools
import inspect
from contextlib import contextmanager

_MISSING = object()


def _own_attribute(target, name):
    """The raw object stored under `name` on the target itself, or _MISSING."""
    try:
        namespace = vars(target)
    except TypeError:  # no __dict__ (e.g. __slots__): fall back on getattr
        return getattr(target, name, _MISSING)
    return namespace.get(name, _MISSING)


@contextmanager
def patch_attribute(target, name: str, replacement):
    """Set `target.<name>` to `replacement` inside the block; restore it exactly on exit."""
    original = _own_attribute(target, name)
    setattr(target, name, replacement)
    try:
        yield replacement
    finally:
        if original is _MISSING:
            try:
                delattr(target, name)
            except AttributeError:
                pass  # the body already removed it
        else:
            setattr(target, name, original)


def _recording(func, calls):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        calls.append((args, kwargs, result))
        return result
    return wrapper


@contextmanager
def record_calls(target, name: str):
    """Wrap `target.<name>` so calls still reach the original; yield a list of calls."""
    calls = []
    if inspect.isclass(target):
        raw = inspect.getattr_static(target, name)
        if isinstance(raw, staticmethod):
            replacement = staticmethod(_recording(raw.__func__, calls))
        elif isinstance(raw, classmethod):
            replacement = classmethod(_recording(raw.__func__, calls))
        elif inspect.isfunction(raw):
            # a plain function: the wrapper binds to instances exactly as the original did
            replacement = _recording(raw, calls)
        else:
            replacement = staticmethod(_recording(getattr(target, name), calls))
    else:
        # modules and instances: the attribute is fetched as the caller would see it
        replacement = _recording(getattr(target, name), calls)
    with patch_attribute(target, name, replacement):
        yield calls
