"""A probe call is a test too: its result against the reference's on the same input.

The default check compares the two results as data (floats within a relative 1e-6:
a different, correct order of summation is not wrong). A challenge whose answers may
rightly differ declares its own checker in hidden_tests/<id>/probes.py:

    CHECKS = {"probe-name": function(args, result, reference_result) -> str | None}

returning None when the result is right, or what is wrong with it.
"""

import math

REL_TOL = 1e-6
ABS_TOL = 1e-9


def same(result, expected, depth: int = 0) -> str | None:
    """None when `result` equals `expected` as data, or where they first differ."""
    if depth == 0 and _exactly(result, expected):
        return None  # the common case, at C speed
    if depth > 50:
        return None
    if isinstance(expected, float) or isinstance(result, float):
        if (isinstance(result, int | float) and isinstance(expected, int | float)
                and not isinstance(result, bool) and not isinstance(expected, bool)):
            if math.isnan(expected) and math.isnan(result):
                return None
            if math.isclose(result, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL):
                return None
        return f"{_short(result)} where the reference gave {_short(expected)}"
    if type(result) is not type(expected):
        if _is_array(expected) or _is_array(result):
            return _arrays(result, expected)
        return (f"a {type(result).__name__} ({_short(result)}) where the reference gave "
                f"a {type(expected).__name__}")
    if isinstance(expected, list | tuple):
        if len(result) != len(expected):
            return f"{len(result)} items where the reference gave {len(expected)}"
        for i, (a, b) in enumerate(zip(result, expected, strict=True)):
            wrong = same(a, b, depth + 1)
            if wrong:
                return f"item {i}: {wrong}"
        return None
    if isinstance(expected, dict):
        if set(result) != set(expected):
            return "other keys than the reference's"
        for key in expected:
            wrong = same(result[key], expected[key], depth + 1)
            if wrong:
                return f"key {_short(key)}: {wrong}"
        return None
    if _is_array(expected):
        return _arrays(result, expected)
    try:
        equal = result == expected
    except Exception:  # an object whose comparison raises: not data the grader can judge
        equal = False
    return None if equal is True else f"{_short(result)} where the reference gave " \
                                      f"{_short(expected)}"


def _exactly(result, expected) -> bool:
    if _is_array(result) or _is_array(expected):
        return False
    try:
        return (result == expected) is True
    except Exception:  # nested arrays, or objects whose comparison raises
        return False


def _is_array(value) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "shape")


def _arrays(result, expected) -> str | None:
    import numpy as np

    try:
        a, b = np.asarray(result), np.asarray(expected)
        if a.shape == b.shape and np.allclose(a, b, rtol=REL_TOL, atol=ABS_TOL, equal_nan=True):
            return None
    except (TypeError, ValueError):
        pass
    return "an array other than the reference's"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def checker_for(probe_name: str, inputs_module):
    """The probe's own checker from probes.py, or the comparison with the reference."""
    own = getattr(inputs_module, "CHECKS", {}).get(probe_name)
    if own is None:
        return lambda args, result, expected: same(result, expected)
    return own
