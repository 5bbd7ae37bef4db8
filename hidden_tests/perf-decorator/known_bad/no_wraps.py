# expect: failed
# caught-by: basic
# why: forgets functools.wraps: the wrapper is called "wrapper", has no docstring and no __wrapped__
import logging
import time
import tracemalloc


def profile_performance(func=None, *, logger=None):
    def decorate(fn):
        log = logger or logging.getLogger("perf")

        def wrapper(*args, **kwargs):
            started = not tracemalloc.is_tracing()
            if started:
                tracemalloc.start()
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds = time.perf_counter() - t0
                peak = tracemalloc.get_traced_memory()[1]
                if started:
                    tracemalloc.stop()
                wrapper.last_stats = {"seconds": seconds, "peak_bytes": peak}
                log.info("%s: %.4fs peak=%dB", fn.__name__, seconds, peak)

        return wrapper

    return decorate if func is None else decorate(func)
