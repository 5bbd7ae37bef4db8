# expect: failed
# caught-by: trap
# why: under a running trace each call resets the peak (tracemalloc.reset_peak), so a nested decorated call wipes the peak the outer call reached before it
import functools
import logging
import time
import tracemalloc


def profile_performance(func=None, *, logger=None):
    if func is None:
        return lambda f: profile_performance(f, logger=logger)
    log = logger or logging.getLogger("perf")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        owner = not tracemalloc.is_tracing()
        if owner:
            tracemalloc.start()
        else:
            tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        t0 = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - t0
            peak = max(0, tracemalloc.get_traced_memory()[1] - before)
            if owner:
                tracemalloc.stop()
            wrapper.last_stats = {"seconds": elapsed, "peak_bytes": peak}
            log.info("%s took %.4f s, peak %d B", func.__name__, elapsed, peak)

    return wrapper
