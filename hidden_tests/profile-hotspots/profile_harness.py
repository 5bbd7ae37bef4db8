"""Runs beside the submission: the functions it profiles, and the ground truth about them.

Cumulative times are ordered by containment: workload (everything) contains
dispatch (about 90%), which contains hot_step; the tests rely only on these
orderings, which no scheduling noise can flip, and on comparisons with the
unprofiled duration of the same calls (profiling only adds time).
`dispatch` does almost nothing itself (its time is its callees'), so a list
sorted by internal time instead of cumulative time puts it near the bottom.
`stdlib_block` spends its time in pure-Python standard-library code (json,
fractions), whose functions must not be listed.
No comprehensions or lambdas here: every Python function the workload runs is
one of the named ones below or belongs to the standard library.
"""

import cProfile
import json
import os
import pstats
import sysconfig
import time
from fractions import Fraction

import numpy as np

HARNESS_FUNCTIONS = ("workload", "dispatch", "hot_step", "stdlib_block", "warm_step",
                     "cold_setup")
CALLS = {"counted": 0}


def cold_setup(scale):
    data = []
    for i in range(400 * scale):
        data.append(i % 7)
    return data


def hot_step(data):
    total = 0
    for _ in range(150):
        for value in data:
            total += value * value
    return total


def dispatch(rounds, data):
    total = 0
    for _ in range(rounds):
        total += hot_step(data)
    return total


def warm_step(data):
    total = 0
    for _ in range(12):
        for value in data:
            total += value
    return total


def stdlib_block(scale):
    acc = Fraction(0)
    for i in range(1, 500 * scale):
        acc += Fraction(1, i)
    text = json.dumps({"items": list(range(300)), "nested": {"a": [1, 2, 3]}}, indent=1)
    return acc.denominator % 1000 + len(text)


def workload(rounds, scale=1):
    """The profiled function: returns a number that depends on both arguments."""
    data = cold_setup(scale)
    total = dispatch(rounds, data)
    total += stdlib_block(scale)
    for _ in range(7):
        total += warm_step(data)
    return total


def tiny():
    """A function that calls nothing."""
    return "tiny"


def returns_structure(label, *, flag=False):
    return {"label": label, "flag": flag, "pair": (1, 2)}


def counted(x):
    """Counts its own calls, so a test can see whether it ran more than once."""
    CALLS["counted"] += 1
    return x * 2


def counted_calls():
    return CALLS["counted"]


def reset_counted():
    CALLS["counted"] = 0


def plain_seconds(name, rounds, scale=1):
    """The best of three unprofiled runs of one harness function, as the workload calls it."""
    data = cold_setup(scale)
    calls = {"dispatch": (dispatch, (rounds, data)), "stdlib_block": (stdlib_block, (scale,)),
             "workload": (workload, (rounds, scale))}
    fn, args = calls[name]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def sum_list(values):
    total = 0
    for v in values:
        total += v
    return total


def third_party_block(rounds):
    """Calls NumPy's pure-Python isscalar 100 * rounds times: third-party code, which is
    outside the standard library and so must be listed. (isscalar has no dispatch wrapper:
    NumPy 1.x compiles one for dispatched functions under a pseudo-file, which a filter by
    path would not see.) NumPy is imported with this module, so no import runs profiled."""
    total = 0
    for i in range(100 * rounds):
        total += np.isscalar(i)
    return total


# -- ground truth -------------------------------------------------------------------
def _stdlib_dirs():
    paths = sysconfig.get_paths()
    stdlib = {os.path.realpath(paths[k]) for k in ("stdlib", "platstdlib")}
    site = {os.path.realpath(paths[k]) for k in ("purelib", "platlib")}
    return stdlib, site


def other_functions(rounds, scale=1):
    """Names of the builtin and standard-library functions the workload calls.

    Profiled here with cProfile: a pstats key is (filename, line, name); builtins
    have filename "~". Names that coincide with a harness function are left out.
    """
    profiler = cProfile.Profile()
    profiler.runcall(workload, rounds, scale)
    stdlib, site = _stdlib_dirs()
    names = set()
    for filename, _line, name in pstats.Stats(profiler).stats:
        path = os.path.realpath(filename)
        if filename == "~" or filename.startswith("<frozen") or (
                any(path.startswith(d + os.sep) for d in stdlib)
                and not any(path.startswith(d + os.sep) for d in site)):
            names.add(name)
    words = set()
    for name in names:
        # "<built-in method builtins.isinstance>", "<built-in method __new__ of type
        # object at 0x...>", "<method 'append' of 'list' objects>"
        if name.startswith(("<built-in method ", "{built-in method ")):
            words.add(name.split()[2].rstrip(">}").split(".")[-1])
        elif name.startswith(("<method '", "{method '")):
            words.add(name.split("'")[1])
        elif not name.startswith(("<", "{")):
            words.add(name)
    return sorted(words - set(HARNESS_FUNCTIONS))
