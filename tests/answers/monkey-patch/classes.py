# style: class-based context managers (__enter__/__exit__) with a per-entry undo stack; recorder wraps the bound attribute
"""Monkey patching with explicit context-manager classes."""

import types

_ABSENT = object()


class patch_attribute:
    """Context manager: `target.<name>` is `replacement` inside the block, restored exactly after.

    The original is read from the target's own namespace (not through getattr), so
    staticmethod / classmethod descriptors come back as the same objects and inherited
    or absent attributes are deleted again on exit.
    """

    def __init__(self, target, name, replacement):
        self.target = target
        self.name = name
        self.replacement = replacement
        self._saved = []  # one entry per active __enter__ (re-entrant use)

    def _lookup_own(self):
        namespace = getattr(self.target, "__dict__", None)
        if namespace is None:
            return getattr(self.target, self.name, _ABSENT)
        if self.name in namespace:
            return namespace[self.name]
        return _ABSENT

    def __enter__(self):
        self._saved.append(self._lookup_own())
        setattr(self.target, self.name, self.replacement)
        return self.replacement

    def __exit__(self, exc_type, exc, tb):
        original = self._saved.pop()
        if original is _ABSENT:
            if self.name in getattr(self.target, "__dict__", {self.name: None}):
                delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, original)
        return False  # never swallow the body's exception


class record_calls:
    """Context manager yielding a list of (args, kwargs, result), one per call of target.<name>."""

    def __init__(self, target, name):
        self.target = target
        self.name = name
        self.calls = []
        self._patch = None

    def _make_wrapper(self, func):
        calls = self.calls

        def recorder(*args, **kwargs):
            result = func(*args, **kwargs)
            calls.append((args, kwargs, result))
            return result

        recorder.__name__ = getattr(func, "__name__", "recorder")
        recorder.__doc__ = getattr(func, "__doc__", None)
        recorder.__wrapped__ = func
        return recorder

    def _replacement(self):
        target, name = self.target, self.name
        if isinstance(target, type):
            # find the raw class attribute along the MRO to keep its binding behaviour
            for klass in target.__mro__:
                if name in klass.__dict__:
                    raw = klass.__dict__[name]
                    break
            else:
                raise AttributeError(f"{target.__name__} has no attribute {name!r}")
            if isinstance(raw, staticmethod):
                return staticmethod(self._make_wrapper(raw.__func__))
            if isinstance(raw, classmethod):
                return classmethod(self._make_wrapper(raw.__func__))
            if isinstance(raw, types.FunctionType):
                return self._make_wrapper(raw)
            return staticmethod(self._make_wrapper(getattr(target, name)))
        return self._make_wrapper(getattr(target, name))

    def __enter__(self):
        self._patch = patch_attribute(self.target, self.name, self._replacement())
        self._patch.__enter__()
        return self.calls

    def __exit__(self, exc_type, exc, tb):
        return self._patch.__exit__(exc_type, exc, tb)
