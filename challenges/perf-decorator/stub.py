"""A decorator that logs the duration and peak memory of each call."""


def profile_performance(func=None, *, logger=None):
    """Measure and log every call of the decorated function.

    Usable bare (`@profile_performance`) and as `@profile_performance(logger=...)`.
    Each call logs one INFO record to `logger` (default: logging.getLogger("perf"))
    and sets `wrapper.last_stats = {"seconds": float, "peak_bytes": int}`, also
    when the function raises (the exception propagates). tracemalloc is started
    only when nothing is tracing, and only a trace the decorator started is
    stopped. The wrapper keeps `__name__`, `__doc__` and `__wrapped__`.
    """
    raise NotImplementedError
