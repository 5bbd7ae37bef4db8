"""Runs beside the submission: threads, timing and size observations for bounded-queue.

Every function returns plain data (numbers, lists, dicts) and never hangs: the
threads it starts are daemons joined with a deadline, and exceptions raised in
them are caught and reported, so the hidden tests can judge what happened.
"""

import queue
import sys
import threading
import time

from bounded_queue import BoundedQueue

STOP = ("stop", -1)

# Small thread stacks: the sandbox caps address space, and each default stack
# reserves 8 MiB, which would cap the number of threads at a few dozen.
threading.stack_size(256 * 1024)


def _describe(exc):
    return {"type": type(exc).__name__, "module": type(exc).__module__,
            "is_full": isinstance(exc, queue.Full), "is_empty": isinstance(exc, queue.Empty),
            "text": str(exc)[:200]}


def _start(fn, *args):
    thread = threading.Thread(target=fn, args=args, daemon=True)
    thread.start()
    return thread


def _join_all(threads, budget):
    deadline = time.monotonic() + budget
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return sum(thread.is_alive() for thread in threads)


def _wait_until(predicate, budget, step=0.005):
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def replay(maxsize, ops):
    """Single thread: ("put", x) / ("get",) / ("qsize",); returns what get and qsize gave."""
    q = BoundedQueue(maxsize)
    out = []
    for op in ops:
        if op[0] == "put":
            q.put(op[1])
        elif op[0] == "get":
            out.append(q.get())
        else:
            out.append(q.qsize())
    return out


def timed_call(method, maxsize, prefill, timeout, item="new", budget=None):
    """Call put(item, timeout) or get(timeout) on a queue holding `prefill`, in a thread.

    Returns {"outcome": "returned" | "raised" | "hung", "value", "error", "elapsed"}.
    A call that ignores its timeout shows up as "hung" after `budget` seconds.
    """
    q = BoundedQueue(maxsize)
    for x in prefill:
        q.put(x)
    result = {"outcome": "hung", "value": None, "error": None, "elapsed": None}

    def call():
        start = time.monotonic()
        try:
            if method == "put":
                q.put(item, timeout=timeout)
                result["value"] = None
            else:
                result["value"] = q.get(timeout=timeout)
            result["outcome"] = "returned"
        except BaseException as exc:  # noqa: BLE001 - reported, judged by the test
            result["outcome"], result["error"] = "raised", _describe(exc)
        result["elapsed"] = time.monotonic() - start

    thread = _start(call)
    thread.join(budget if budget is not None else timeout + 3.0)
    if thread.is_alive():
        result["outcome"] = "hung"
    result["qsize_after"] = q.qsize() if result["outcome"] != "hung" else None
    return result


def get_wakes_on_put(delay, timeout=None):
    """A consumer blocks in get(timeout) on an empty queue; `delay` s later a producer puts.

    Reports what the consumer got, how long it waited, and whether it was still
    blocked just before the put (it must be: the queue was empty).
    """
    q = BoundedQueue(2)
    seen = {"value": None, "error": None, "elapsed": None}
    start = time.monotonic()

    def consume():
        try:
            seen["value"] = q.get(timeout=timeout) if timeout is not None else q.get()
        except BaseException as exc:  # noqa: BLE001
            seen["error"] = _describe(exc)
        seen["elapsed"] = time.monotonic() - start

    thread = _start(consume)
    time.sleep(delay)
    blocked_before_put = thread.is_alive()
    q.put("item")
    thread.join(3.0)
    return {"blocked_before_put": blocked_before_put, "finished": not thread.is_alive(),
            "value": seen["value"], "error": seen["error"], "elapsed": seen["elapsed"]}


def put_wakes_on_get(delay, timeout=None):
    """A producer blocks in put(timeout) on a full queue (maxsize 1); `delay` s later a get.

    Reports whether the producer was blocked, the queue's size while it was,
    what the two gets returned and how long the producer waited.
    """
    q = BoundedQueue(1)
    q.put("first")
    seen = {"error": None, "elapsed": None}
    start = time.monotonic()

    def produce():
        try:
            if timeout is not None:
                q.put("second", timeout=timeout)
            else:
                q.put("second")
        except BaseException as exc:  # noqa: BLE001
            seen["error"] = _describe(exc)
        seen["elapsed"] = time.monotonic() - start

    thread = _start(produce)
    time.sleep(delay)
    blocked_before_get = thread.is_alive()
    size_while_blocked = q.qsize()
    first = q.get(timeout=2.0)
    thread.join(3.0)
    finished = not thread.is_alive()
    second = q.get(timeout=2.0) if finished and seen["error"] is None else None
    return {"blocked_before_get": blocked_before_get, "size_while_blocked": size_while_blocked,
            "finished": finished, "first": first, "second": second,
            "error": seen["error"], "elapsed": seen["elapsed"]}


def wake_many_consumers(consumers):
    """`consumers` threads block in get() on an empty queue, then ONE item is put.

    Exactly one consumer may take it; the others must go back to waiting (a
    woken thread re-checks that an item is there). Afterwards one more item per
    waiting consumer is put to release them. Reports the errors raised in the
    consumers, what each got, and how many were still waiting after the first put.
    """
    q = BoundedQueue(consumers)
    got, errors = [], []
    lock = threading.Lock()
    entered = threading.Semaphore(0)

    def consume():
        entered.release()
        try:
            value = q.get()
            with lock:
                got.append(value)
        except BaseException as exc:  # noqa: BLE001
            with lock:
                errors.append(_describe(exc))

    threads = [_start(consume) for _ in range(consumers)]
    for _ in range(consumers):
        entered.acquire(timeout=2.0)
    time.sleep(0.15)  # let every consumer reach its wait
    q.put("only")
    _wait_until(lambda: got or errors, 2.0)  # someone took it (or crashed trying)
    time.sleep(0.2)  # and every other woken consumer had time to act
    with lock:
        after_first = {"got": list(got), "errors": list(errors)}
    waiting = sum(t.is_alive() for t in threads)
    size_after_first = q.qsize()
    for i in range(waiting):
        try:
            q.put(f"release-{i}", timeout=1.0)
        except BaseException as exc:  # noqa: BLE001
            errors.append(_describe(exc))
            break
    still_alive = _join_all(threads, 2.0)
    return {"after_first": after_first, "waiting_after_first": waiting,
            "size_after_first": size_after_first, "got": sorted(got), "errors": errors,
            "still_alive": still_alive}


def wake_many_producers(maxsize, producers):
    """Fill a queue of `maxsize`, block `producers` threads in put(), then get ONE item.

    Exactly one producer may use the freed slot, so the size must be back to
    `maxsize`, never above it. The rest are then drained. Reports the size right
    after the single get, the largest size seen, and every item delivered.
    """
    q = BoundedQueue(maxsize)
    for i in range(maxsize):
        q.put(("pre", i))
    errors = []
    entered = threading.Semaphore(0)

    def produce(i):
        entered.release()
        try:
            q.put(("new", i))
        except BaseException as exc:  # noqa: BLE001
            errors.append(_describe(exc))

    threads = [_start(produce, i) for i in range(producers)]
    for _ in range(producers):
        entered.acquire(timeout=2.0)
    time.sleep(0.15)
    size_before = q.qsize()
    first = q.get(timeout=1.0)
    _wait_until(lambda: q.qsize() >= maxsize, 2.0)  # one blocked producer used the slot
    time.sleep(0.2)  # and every other woken producer had time to act
    size_after_one_get = q.qsize()
    delivered = [first]
    largest = max(size_before, size_after_one_get)
    for _ in range(maxsize + producers - 1):
        try:
            delivered.append(q.get(timeout=1.0))
        except BaseException as exc:  # noqa: BLE001
            errors.append(_describe(exc))
            break
    still_alive = _join_all(threads, 2.0)
    return {"size_before": size_before, "size_after_one_get": size_after_one_get,
            "largest": largest, "delivered": sorted(delivered), "errors": errors,
            "still_alive": still_alive}


def stress(maxsize, producers, consumers, per_producer, switch_interval=1e-5, budget=5.0):
    """Several producers and consumers at once, with frequent thread switches.

    Producer p puts (p, 0), (p, 1), ... (p, per_producer - 1) with blocking puts;
    consumers use blocking gets; after the producers finish, one STOP per
    consumer ends the consumers. No call here uses a timeout, so the timeout
    handling is not judged here; threads still running at the deadline are
    reported as hanging. Each consumer records what it got,
    in order. Every thread checks qsize() against maxsize after each of its calls,
    and a monitor thread samples it too. Reports the received sequences, the
    largest size seen, errors raised in any thread, and threads left hanging.
    """
    q = BoundedQueue(maxsize)
    received = [[] for _ in range(consumers)]
    errors = []
    largest = [0]
    done = threading.Event()
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(switch_interval)

    def note_size():
        size = q.qsize()
        if size > largest[0]:
            largest[0] = size

    def produce(p):
        try:
            for i in range(per_producer):
                q.put((p, i))
                note_size()
        except BaseException as exc:  # noqa: BLE001
            errors.append(("producer", _describe(exc)))

    def consume(c):
        try:
            while True:
                item = q.get()
                note_size()
                if tuple(item) == STOP:
                    return
                received[c].append(item)
        except BaseException as exc:  # noqa: BLE001
            errors.append(("consumer", _describe(exc)))

    def stop_consumers(makers):
        for maker in makers:
            maker.join()
        try:
            for _ in range(consumers):
                q.put(STOP)
        except BaseException as exc:  # noqa: BLE001
            errors.append(("stop", _describe(exc)))

    def monitor():
        while not done.is_set():
            try:
                note_size()
            except BaseException as exc:  # noqa: BLE001
                errors.append(("qsize", _describe(exc)))
                return
            time.sleep(0.0005)

    start = time.monotonic()
    try:
        watcher = _start(monitor)
        takers = [_start(consume, c) for c in range(consumers)]
        makers = [_start(produce, p) for p in range(producers)]
        _start(stop_consumers, makers)
        hung_producers = _join_all(makers, budget)
        hung_consumers = _join_all(takers, max(0.2, budget - (time.monotonic() - start)))
        done.set()
        watcher.join(1.0)
    finally:
        sys.setswitchinterval(old_interval)
    return {"received": [[list(x) for x in r] for r in received], "largest": largest[0],
            "errors": errors[:10], "hung_producers": hung_producers,
            "hung_consumers": hung_consumers, "seconds": time.monotonic() - start}
