# style: decorator class (update_wrapper, __get__ for methods); peak above call start, reset_peak only on its own trace with propagation to outer calls
"""Performance-logging decorator implemented as a callable class."""

import functools
import logging
import time
import tracemalloc
import types

# Running peaks of the decorated calls currently executing (outermost first), and
# whether the live trace was started by one of them (only then may its peak be reset).
_active_peaks: list = []
_own_trace = False


class _Profiled:
    def __init__(self, func, logger):
        functools.update_wrapper(self, func)
        self._func = func
        self._logger = logger
        self.last_stats = None

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return types.MethodType(self, instance)

    def __call__(self, *args, **kwargs):
        global _own_trace
        started = not tracemalloc.is_tracing()
        if started:
            tracemalloc.start()
            _own_trace = True
        if _own_trace:
            # keep what the enclosing calls have seen so far, then measure this call alone
            seen = tracemalloc.get_traced_memory()[1]
            for i, value in enumerate(_active_peaks):
                _active_peaks[i] = max(value, seen)
            tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        _active_peaks.append(0)
        began = time.perf_counter()
        ok = False
        try:
            result = self._func(*args, **kwargs)
            ok = True
            return result
        finally:
            elapsed = time.perf_counter() - began
            peak = max(_active_peaks.pop(), tracemalloc.get_traced_memory()[1])
            for i, value in enumerate(_active_peaks):
                _active_peaks[i] = max(value, peak)
            if started:
                tracemalloc.stop()
                _own_trace = False
            self.last_stats = {"seconds": elapsed, "peak_bytes": max(0, int(peak - base))}
            if ok:
                logger = self._logger if self._logger is not None else logging.getLogger("perf")
                logger.info("%s took %.4f s, peak %d bytes above start",
                            self.__name__, elapsed, self.last_stats["peak_bytes"])


def profile_performance(func=None, *, logger=None):
    """Usable bare (@profile_performance) or configured (@profile_performance(logger=...))."""
    if func is None:
        return lambda f: _Profiled(f, logger)
    return _Profiled(func, logger)
