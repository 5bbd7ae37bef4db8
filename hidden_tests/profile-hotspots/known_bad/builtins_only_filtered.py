# expect: failed
# caught-by: trap
# why: drops builtins (filename "~") but keeps standard-library functions such as json's
import cProfile
import pstats


def profile_hotspots(func, *args, top=5, **kwargs):
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    rows = [(name, nc, ct)
            for (filename, _line, name), (_cc, nc, _tt, ct, _) in pstats.Stats(profiler).stats.items()
            if filename != "~"]
    rows.sort(key=lambda row: -row[2])
    return result, rows[:top]
