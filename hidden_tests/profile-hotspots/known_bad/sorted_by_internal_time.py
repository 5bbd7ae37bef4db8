# expect: failed
# caught-by: trap
# why: sorts by internal time (tottime) and reports it: functions whose time is in callees sink
import cProfile
import pstats


def profile_hotspots(func, *args, top=5, **kwargs):
    profiler = cProfile.Profile()
    profiler.enable()
    result = func(*args, **kwargs)
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, _line, name), (_cc, nc, tt, _ct, _callers) in stats.stats.items():
        if filename == "~" or "/lib/python3" in filename:
            continue
        rows.append((name, nc, tt))
    rows.sort(key=lambda row: row[2], reverse=True)
    return result, rows[:top]
