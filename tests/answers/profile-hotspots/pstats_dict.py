# style: walk pstats.Stats(...).stats by hand, stdlib detected with sysconfig path prefixes, total call counts, file:line(name) labels
"""Find the hotspots of a function call with cProfile."""

import cProfile
import os
import pstats
import sysconfig


def _stdlib_roots():
    paths = sysconfig.get_paths()
    stdlib = {os.path.realpath(paths[key]) for key in ("stdlib", "platstdlib") if key in paths}
    packages = {os.path.realpath(paths[key]) for key in ("purelib", "platlib") if key in paths}
    return stdlib, packages


def _under(path, roots):
    return any(path == root or path.startswith(root + os.sep) for root in roots)


def _is_user_code(filename, stdlib, packages):
    if filename == "~":                      # builtins / C functions
        return False
    if filename.startswith("<frozen"):       # frozen standard-library modules
        return False
    real = os.path.realpath(filename)
    if _under(real, packages):               # third-party packages count as user code
        return True
    return not _under(real, stdlib)


def profile_hotspots(func, *args, top=5, **kwargs):
    """Run func(*args, **kwargs) under cProfile and return (result, hotspots)."""
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    stats = pstats.Stats(profiler).stats
    stdlib, packages = _stdlib_roots()
    entries = []
    for (filename, line, name), (primitive, total, tottime, cumtime, callers) in stats.items():
        if not _is_user_code(filename, stdlib, packages):
            continue
        label = f"{os.path.basename(filename)}:{line}({name})"
        entries.append((label, int(total), float(cumtime)))
    entries.sort(key=lambda entry: entry[2], reverse=True)
    return result, entries[:top]
