# expect: failed
# caught-by: trap
# why: treats everything under the interpreter's prefix as the standard library, so functions of installed packages (site-packages) are dropped too
"""Reference profile_hotspots: cProfile, then pstats entries filtered to user code.

A pstats entry is keyed by (filename, line, function name). Builtins (C
functions) have the pseudo-file "~", frozen modules "<frozen ...>"; a Python
function belongs to the standard library when its file lies under the
interpreter's stdlib directories but not under site-packages (which, in some
installations, is inside the stdlib directory). Everything else is user code.
"""

import cProfile
import os
import pstats
import sys
import sysconfig

_PATHS = sysconfig.get_paths()
_STDLIB_DIRS = tuple({os.path.realpath(_PATHS[k]) + os.sep for k in ("stdlib", "platstdlib")})
_SITE_DIRS = tuple({os.path.realpath(_PATHS[k]) + os.sep for k in ("purelib", "platlib")})


def _is_user_code(filename: str) -> bool:
    """True for a Python function defined outside the standard library."""
    if filename == "~" or filename.startswith("<frozen"):
        return False
    path = os.path.realpath(filename)
    prefixes = {os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    return not any(path.startswith(p + os.sep) for p in prefixes)


def profile_hotspots(func, *args, top=5, **kwargs):
    """Run func(*args, **kwargs) under cProfile; return (result, hotspots).

    hotspots: up to `top` tuples (function_name, call_count, cumulative_seconds)
    for Python functions defined outside the standard library, by cumulative
    time, descending. call_count is the total number of calls (recursive ones
    included).
    """
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    stats = pstats.Stats(profiler).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    entries = [(name, nc, ct) for (filename, _line, name), (_cc, nc, _tt, ct, _callers)
               in stats.items() if _is_user_code(filename)]
    entries.sort(key=lambda entry: entry[2], reverse=True)
    return result, entries[:top]
