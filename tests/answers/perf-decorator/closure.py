# style: closure decorator with functools.wraps; absolute trace peak, never resets a shared peak; logs in finally (also on error)
"""A decorator that logs the duration and peak memory of each call."""

import functools
import logging
import time
import tracemalloc


def profile_performance(func=None, *, logger=None):
    """Measure and log every call of the decorated function (bare or with logger=...)."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            log = logger if logger is not None else logging.getLogger("perf")
            started_here = not tracemalloc.is_tracing()
            if started_here:
                tracemalloc.start()
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds = time.perf_counter() - t0
                _current, peak = tracemalloc.get_traced_memory()
                if started_here:
                    tracemalloc.stop()
                wrapper.last_stats = {"seconds": float(seconds), "peak_bytes": int(peak)}
                log.info("%s: %.6f s, peak %d bytes", fn.__name__, seconds, peak)

        wrapper.last_stats = None
        return wrapper

    if func is not None:          # used bare: @profile_performance
        return decorate(func)
    return decorate               # used as @profile_performance(logger=...)
