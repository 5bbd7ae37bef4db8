# expect: error
# caught-by: basic
# why: takes the function as a required positional argument, so profile_performance(logger=...) raises TypeError
import functools
import logging
import time
import tracemalloc


def profile_performance(func, logger=None):
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
            peak = tracemalloc.get_traced_memory()[1]
            if started:
                tracemalloc.stop()
            wrapper.last_stats = {"seconds": seconds, "peak_bytes": peak}
            log.info("%s: %.4fs peak=%dB", func.__name__, seconds, peak)

    return wrapper
