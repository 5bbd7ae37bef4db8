# expect: failed
# caught-by: trap
# why: the seed's tracemalloc handling kept: start() and stop() on every call, so an
#      outer trace is stopped and an inner decorated call ends the outer call's trace
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
        tracemalloc.start()
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            wrapper.last_stats = {"seconds": seconds, "peak_bytes": peak}
            log.info("%s took %.3f s, peak %.1f MB", func.__name__, seconds, peak / 1e6)

    return wrapper
