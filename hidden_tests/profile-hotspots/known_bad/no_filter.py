# expect: failed
# caught-by: trap
# why: takes pstats' top entries by cumulative time as they are: builtins and stdlib functions included
import cProfile
import pstats


def profile_hotspots(func, *args, top=5, **kwargs):
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    rows = []
    for key in stats.fcn_list:
        _cc, nc, _tt, ct, _callers = stats.stats[key]
        rows.append((pstats.func_std_string(key), nc, ct))
    return result, rows[:top]
