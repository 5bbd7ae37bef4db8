"""Runs beside the submission: the decorated functions, log capture and tracemalloc checks.

Functions are decorated when a test asks (never at import), loggers get a
capturing handler here, and traces the tests need (an outer trace, nested
decorated calls) are started and stopped here. Everything is reported as data.
"""

import logging
import time
import tracemalloc

from perf_decorator import profile_performance

MB = 1_000_000


# -- the functions to decorate -----------------------------------------------------------
def add(a, b, *, scale=1):
    """Add two numbers and scale the sum."""
    return (a + b) * scale


def allocate(nbytes):
    """Allocate nbytes, release them, return the size."""
    block = bytearray(nbytes)
    size = len(block)
    del block
    return size


def noop():
    """Do nothing."""
    return None


def sleepy(seconds):
    """Sleep, then return the time slept."""
    time.sleep(seconds)
    return seconds


def fails(nbytes):
    """Allocate, sleep briefly, then raise ValueError."""
    block = bytearray(nbytes)
    time.sleep(0.02)
    raise ValueError(f"boom after {len(block)} bytes")


FUNCTIONS = {"add": add, "allocate": allocate, "noop": noop, "sleepy": sleepy, "fails": fails}


# -- log capture ---------------------------------------------------------------------
class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


_captures = {}


def capture(logger_name):
    """Start (or restart) capturing every record of one logger; returns nothing."""
    logger = logging.getLogger(logger_name)
    handler = _captures.get(logger_name)
    if handler is None:
        handler = _captures[logger_name] = _Capture()
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    handler.records.clear()


def records(logger_name):
    """The captured records of one logger: (logger name, level name) pairs."""
    handler = _captures.get(logger_name)
    return [] if handler is None else [(r.name, r.levelname) for r in handler.records]


def info_count(logger_name):
    return sum(1 for _, level in records(logger_name) if level == "INFO")


# -- decorating ------------------------------------------------------------------------
def decorate(name, logger_name=None):
    """The wrapper of one function: bare `@profile_performance`, or with a logger."""
    fn = FUNCTIONS[name]
    if logger_name is None:
        return profile_performance(fn)
    return profile_performance(logger=logging.getLogger(logger_name))(fn)


def metadata(name, logger_name=None):
    wrapper = decorate(name, logger_name)
    original = FUNCTIONS[name]
    return {"name": getattr(wrapper, "__name__", None), "doc": getattr(wrapper, "__doc__", None),
            "wrapped_is_original": getattr(wrapper, "__wrapped__", None) is original}


def is_tracing():
    return tracemalloc.is_tracing()


def reset_tracing():
    """Stop a trace a previous test may have left running (reported: was one running?)."""
    running = tracemalloc.is_tracing()
    if running:
        tracemalloc.stop()
    return running


# -- traces the submission must not disturb ----------------------------------------------
def call_under_outer_trace(held_bytes, call_bytes):
    """Start a trace, hold a buffer, call the decorated `allocate`, and report whether the
    trace survived and still accounts for the held buffer."""
    wrapper = decorate("allocate")
    tracemalloc.start()
    try:
        held = bytearray(held_bytes)
        result = wrapper(call_bytes)
        tracing_after = tracemalloc.is_tracing()
        current_after = tracemalloc.get_traced_memory()[0] if tracing_after else 0
        del held
        return {"result": result, "tracing_after": tracing_after,
                "current_after": current_after, "stats": dict(wrapper.last_stats)}
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()


def nested_calls(inner_bytes, after_bytes, before_bytes=0):
    """A decorated outer function that allocates (and frees) before_bytes, calls a
    decorated inner one (allocating inner_bytes) and then allocates after_bytes itself."""
    inner = decorate("allocate")

    def outer_body():
        if before_bytes:
            block = bytearray(before_bytes)
            del block
        inner(inner_bytes)
        tracing_between = tracemalloc.is_tracing()
        block = bytearray(after_bytes)
        del block
        return tracing_between

    outer = profile_performance(outer_body)
    tracing_between = outer()
    return {"tracing_between": tracing_between, "tracing_after": tracemalloc.is_tracing(),
            "outer": dict(outer.last_stats), "inner": dict(inner.last_stats)}


def failing_call(nbytes):
    """Call the decorated `fails`; report the exception, the stats and the trace state."""
    wrapper = decorate("fails")
    try:
        wrapper(nbytes)
    except ValueError as exc:
        raised = f"ValueError: {exc}"
    except BaseException as exc:  # reported, not judged here
        raised = f"{type(exc).__name__}: {exc}"
    else:
        raised = None
    return {"raised": raised, "stats": dict(getattr(wrapper, "last_stats", None) or {}),
            "tracing_after": tracemalloc.is_tracing()}
