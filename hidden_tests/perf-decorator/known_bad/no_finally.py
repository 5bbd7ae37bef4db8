# expect: failed
# caught-by: error
# why: measures after a plain call: when the function raises, no stats are recorded
#      and the trace it started is left running
import functools
import logging
import time
import tracemalloc


def profile_performance(func=None, *, logger=None):
    def decorate(fn):
        log = logger or logging.getLogger("perf")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            started = not tracemalloc.is_tracing()
            if started:
                tracemalloc.start()
            t0 = time.perf_counter()
            result = fn(*args, **kwargs)
            seconds = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1]
            if started:
                tracemalloc.stop()
            wrapper.last_stats = {"seconds": seconds, "peak_bytes": peak}
            log.info("%s: %.4fs peak=%dB", fn.__name__, seconds, peak)
            return result

        return wrapper

    return decorate(func) if func is not None else decorate
