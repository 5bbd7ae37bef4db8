# expect: error
# caught-by: basic
# why: the 000 seed's answer: prints instead of logging, has no logger form and no last_stats (AttributeError)
import time
import tracemalloc
from functools import wraps


def profile_performance(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        tracemalloc.start()
        start = time.perf_counter()
        result = func(*args, **kwargs)
        duration = time.perf_counter() - start
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f'{func.__name__}: {duration:.2f}s, Peak: {peak/1e6:.2f}MB')
        return result
    return wrapper
