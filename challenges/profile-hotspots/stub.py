"""Find the hotspots of a function call with cProfile."""


def profile_hotspots(func, *args, top=5, **kwargs):
    """Run func(*args, **kwargs) under cProfile and return (result, hotspots).

    `result` is what func returned. `hotspots` is a list of up to `top` tuples
    (function_name, call_count, cumulative_seconds), one per Python function
    defined outside the standard library that ran during the call, sorted by
    cumulative time, descending. Builtins and standard-library functions are
    left out.
    """
    raise NotImplementedError
