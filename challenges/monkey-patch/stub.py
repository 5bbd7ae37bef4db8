"""Temporary, exactly-undone monkey patches, and a call recorder built on them."""

from contextlib import contextmanager


@contextmanager
def patch_attribute(target, name: str, replacement):
    """Set `target.<name>` to `replacement` inside the block; restore it exactly on exit.

    `target` is a module, a class or an instance. On exit (also when the block raises)
    the original object is put back, or the attribute is deleted if the target did not
    have it itself (it was inherited or absent). Staticmethod and classmethod descriptors
    come back as the same descriptor objects.
    """
    raise NotImplementedError
    yield


@contextmanager
def record_calls(target, name: str):
    """Wrap `target.<name>` so calls still reach the original; yield a list of calls.

    Each call appends one (args, kwargs, result) tuple to the yielded list.
    """
    raise NotImplementedError
    yield
