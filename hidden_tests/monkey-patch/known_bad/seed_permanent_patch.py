# expect: failed
# caught-by: basic
# why: the seed's approach (`nn.Linear.forward = debug_forward`): the patch is applied and never undone
from contextlib import contextmanager


@contextmanager
def patch_attribute(target, name, replacement):
    setattr(target, name, replacement)
    yield replacement


@contextmanager
def record_calls(target, name):
    original_forward = getattr(target, name)
    calls = []

    def debug_forward(*args, **kwargs):
        output = original_forward(*args, **kwargs)
        calls.append((args, kwargs, output))
        return output

    setattr(target, name, debug_forward)
    yield calls
