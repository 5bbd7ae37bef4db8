# expect: failed
# caught-by: error
# why: logs its INFO record after the call returns, outside the finally: a call that raises records stats but logs nothing
"""Reference profile_performance: time and peak traced memory of each call, logged.

tracemalloc is process-wide, so the decorator shares it politely: it starts a
trace only when none is running and stops only the trace it started. Under an
outer trace (another decorated call, a profiler, a test) it leaves the trace
alone and reports the peak above the memory traced when the call started; it
never calls reset_peak(), which would falsify an enclosing measurement. The
peak is therefore the trace's peak since it started, which for an outer trace
may include an earlier peak (the catalog allows an absolute peak).
"""

import functools
import sys
import logging
import time
import tracemalloc

_DEFAULT_LOGGER = "perf"


def profile_performance(func=None, *, logger=None):
    """Decorator logging each call's duration and peak traced memory at INFO.

    Usable bare (`@profile_performance`) or with a logger
    (`@profile_performance(logger=...)`; the default is logging.getLogger("perf")).
    Sets `wrapper.last_stats = {"seconds": float, "peak_bytes": int}` after every
    call, also when the function raises (the exception propagates).
    """
    if func is None:
        return functools.partial(profile_performance, logger=logger)
    log = logger if logger is not None else logging.getLogger(_DEFAULT_LOGGER)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        started_trace = not tracemalloc.is_tracing()
        if started_trace:
            tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            seconds = time.perf_counter() - start
            peak = max(tracemalloc.get_traced_memory()[1] - base, 0)
            if started_trace:
                tracemalloc.stop()
            wrapper.last_stats = {"seconds": seconds, "peak_bytes": int(peak)}
            if not isinstance(sys.exc_info()[1], BaseException):
                log.info("%s: %.6f s, peak %d bytes", func.__qualname__, seconds, peak)

    wrapper.last_stats = None
    return wrapper
