"""Runs beside the submission: callbacks for compute, forced races and striping checks.

The races are forced, not hoped for: a tiny switch interval makes the
interpreter switch threads constantly, and `add_one` yields the GIL with
time.sleep(0) between receiving the old value and returning the new one, so a
compute that is not atomic loses updates on every run. Functions return plain
data; the hidden tests judge it.
"""

import sys
import threading
import time

from concurrent_hash_map import ConcurrentHashMap

# Small thread stacks: the sandbox caps address space, and each default stack
# reserves 8 MiB, which would cap the number of threads at a few dozen.
threading.stack_size(256 * 1024)


def add_one(old):
    """fn for compute: old + 1 (None counts as 0); yields the GIL in the middle."""
    base = 0 if old is None else old
    time.sleep(0)
    return base + 1


def append_tag(old):
    """fn for compute: a new list with "x" appended (None counts as [])."""
    return (list(old) if old is not None else []) + ["x"]


def _run(workers, budget=6.0):
    threads = [threading.Thread(target=w, daemon=True) for w in workers]
    for t in threads:
        t.start()
    deadline = time.monotonic() + budget
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    return sum(t.is_alive() for t in threads)


class _Forced:
    """Set a tiny switch interval for the duration of a block."""

    def __enter__(self):
        self.old = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)

    def __exit__(self, *exc):
        sys.setswitchinterval(self.old)


def compute_storm(threads=8, per_thread=1000, keys=1, segments=16):
    """`threads` threads each run compute(key, add_one) `per_thread` times per key.

    All start together at a barrier. Reports the final value of each key, the
    errors raised, and threads that never finished.
    """
    m = ConcurrentHashMap(segments)
    key_list = [f"counter-{k}" for k in range(keys)]
    barrier = threading.Barrier(threads)
    errors = []

    def work():
        try:
            barrier.wait(timeout=5)
            for _ in range(per_thread):
                for key in key_list:
                    m.compute(key, add_one)
        except BaseException as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")

    with _Forced():
        start = time.monotonic()
        hung = _run([work] * threads)
        seconds = time.monotonic() - start
    return {"values": [m.get(k) for k in key_list], "errors": errors[:5], "hung": hung,
            "seconds": seconds}


def concurrent_puts(threads=8, per_thread=500, segments=16):
    """Each thread puts its own keys; reports len, wrong or missing values, errors."""
    m = ConcurrentHashMap(segments)
    barrier = threading.Barrier(threads)
    errors = []

    def work(t):
        try:
            barrier.wait(timeout=5)
            for i in range(per_thread):
                m.put((t, i), t * 100_000 + i)
        except BaseException as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")

    with _Forced():
        hung = _run([lambda t=t: work(t) for t in range(threads)])
    wrong = sum(m.get((t, i)) != t * 100_000 + i for t in range(threads) for i in range(per_thread))
    return {"len": len(m), "wrong": wrong, "errors": errors[:5], "hung": hung}


def concurrent_removes(threads=8, keys=400, segments=16):
    """Every thread tries to remove every key; each key must be removed exactly once."""
    m = ConcurrentHashMap(segments)
    for k in range(keys):
        m.put(k, k)
    barrier = threading.Barrier(threads)
    trues = [0] * threads
    errors = []

    def work(t):
        try:
            barrier.wait(timeout=5)
            for k in range(keys):
                if m.remove(k) is True:
                    trues[t] += 1
        except BaseException as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")

    with _Forced():
        hung = _run([lambda t=t: work(t) for t in range(threads)])
    return {"removed_true": sum(trues), "len": len(m), "errors": errors[:5], "hung": hung}


def striping(segments=16, wait_s=1.5):
    """While compute(a, fn) is inside a slow fn, put a key b of ANOTHER segment.

    Lock striping means the put does not wait for a's segment. Reports whether
    two keys in different segments were found, whether the put finished while
    fn was still running, and the final values.
    """
    m = ConcurrentHashMap(segments)
    candidates = list(range(200)) + [f"key-{i}" for i in range(200)]
    a = candidates[0]
    ia = m.segment_index(a)
    b = next((k for k in candidates[1:] if m.segment_index(k) != ia), None)
    if b is None:
        return {"found": False}
    inside, release = threading.Event(), threading.Event()
    put_done = threading.Event()
    errors = []

    def slow(old):
        inside.set()
        release.wait(wait_s + 2.0)
        return "a-value"

    def computer():
        try:
            m.compute(a, slow)
        except BaseException as exc:  # noqa: BLE001
            errors.append(f"compute: {type(exc).__name__}: {exc}")

    def putter():
        try:
            m.put(b, "b-value")
            put_done.set()
        except BaseException as exc:  # noqa: BLE001
            errors.append(f"put: {type(exc).__name__}: {exc}")

    t1 = threading.Thread(target=computer, daemon=True)
    t1.start()
    entered = inside.wait(2.0)
    t2 = threading.Thread(target=putter, daemon=True)
    t2.start()
    put_while_computing = put_done.wait(wait_s)
    release.set()
    t1.join(3.0)
    t2.join(3.0)
    return {"found": True, "a": a, "b": b, "fn_entered": entered,
            "put_while_computing": put_while_computing, "errors": errors,
            "hung": int(t1.is_alive()) + int(t2.is_alive()),
            "values": [m.get(a), m.get(b)]}


def replay(segments, ops):
    """Single thread: ("put", k, v) / ("get", k) / ("remove", k) / ("add", k) / ("len",)."""
    m = ConcurrentHashMap(segments)
    out = []
    for op in ops:
        kind = op[0]
        if kind == "put":
            m.put(op[1], op[2])
        elif kind == "get":
            out.append(m.get(op[1]))
        elif kind == "remove":
            out.append(m.remove(op[1]))
        elif kind == "add":
            out.append(m.compute(op[1], add_one))
        else:
            out.append(len(m))
    return out


def segment_indexes(segments, keys):
    """segment_index of each key, computed twice (to check it is stable)."""
    m = ConcurrentHashMap(segments)
    first = [m.segment_index(k) for k in keys]
    second = [m.segment_index(k) for k in keys]
    return {"first": first, "second": second,
            "types": sorted({type(i).__name__ for i in first})}
