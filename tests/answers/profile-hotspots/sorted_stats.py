# style: pstats sort_stats("cumulative") + fcn_list, pathlib-based stdlib test, primitive call counts, bare function names
"""cProfile hotspots via pstats' own cumulative sort."""

import cProfile
import pstats
import sys
import sysconfig
from pathlib import Path


def _library_dirs():
    info = sysconfig.get_paths()
    std = {Path(info["stdlib"]).resolve(), Path(info["platstdlib"]).resolve()}
    std.add(Path(sys.base_prefix).resolve() / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}")
    site = {Path(info["purelib"]).resolve(), Path(info["platlib"]).resolve()}
    return std, site


def _in_any(path: Path, dirs) -> bool:
    return any(path.is_relative_to(d) for d in dirs)


def profile_hotspots(func, *args, top=5, **kwargs):
    """Run func once under cProfile; return (result, [(name, calls, cumtime), ...])."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        result = func(*args, **kwargs)
    finally:
        profiler.disable()

    stats = pstats.Stats(profiler).sort_stats(pstats.SortKey.CUMULATIVE)
    std_dirs, site_dirs = _library_dirs()
    hotspots = []
    for key in stats.fcn_list:           # already sorted by cumulative time, descending
        filename, _line, funcname = key
        if filename == "~" or filename.startswith("<frozen"):
            continue
        path = Path(filename).resolve()
        if _in_any(path, std_dirs) and not _in_any(path, site_dirs):
            continue
        primitive_calls, _total, _tottime, cumtime, _callers = stats.stats[key]
        hotspots.append((funcname, int(primitive_calls), float(cumtime)))
        if len(hotspots) >= top:
            break
    return result, hotspots[:max(top, 0)]
