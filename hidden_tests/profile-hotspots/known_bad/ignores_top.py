# expect: failed
# caught-by: basic
# why: returns every user-code function, ignoring `top`
import cProfile
import pstats
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]


def profile_hotspots(func, *args, top=5, **kwargs):
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    rows = []
    for (filename, _line, name), (_cc, nc, _tt, ct, _) in pstats.Stats(profiler).stats.items():
        if filename == "~" or filename.startswith("<") or (
                filename.startswith(STDLIB) and "-packages" not in filename):
            continue
        rows.append((name, nc, ct))
    return result, sorted(rows, key=lambda row: row[2], reverse=True)
