# expect: failed
# caught-by: basic
# why: reports the memory traced at the end of the call (current), not the peak during it
import functools
import logging
import time
import tracemalloc


def profile_performance(func=None, *, logger=None):
    if func is None:
        return functools.partial(profile_performance, logger=logger)
    log = logger or logging.getLogger("perf")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        started = not tracemalloc.is_tracing()
        if started:
            tracemalloc.start()
        t0 = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            seconds = time.perf_counter() - t0
            current = tracemalloc.get_traced_memory()[0]
            if started:
                tracemalloc.stop()
            wrapper.last_stats = {"seconds": seconds, "peak_bytes": current}
            log.info("%s: %.4fs mem=%dB", func.__name__, seconds, current)

    return wrapper
