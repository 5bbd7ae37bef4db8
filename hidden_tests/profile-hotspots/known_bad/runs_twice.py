# expect: failed
# caught-by: basic
# why: profiles one call with runctx, then calls the function a second time to get its result
import cProfile
import pstats
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]


def profile_hotspots(func, *args, top=5, **kwargs):
    profiler = cProfile.Profile()
    profiler.runctx("func(*args, **kwargs)", globals(), {"func": func, "args": args,
                                                          "kwargs": kwargs})
    result = func(*args, **kwargs)
    rows = []
    for (filename, _line, name), (_cc, nc, _tt, ct, _) in pstats.Stats(profiler).stats.items():
        if filename == "~" or filename.startswith("<") or (
                filename.startswith(STDLIB) and "-packages" not in filename):
            continue
        rows.append((name, nc, ct))
    rows.sort(key=lambda row: row[2], reverse=True)
    return result, rows[:top]
