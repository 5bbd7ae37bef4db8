"""Warm start: Docker sandboxes started ahead of the grades that will take them.

A grade waits about a quarter of a second for each container the engine creates, attaches
and starts. In a process that grades one submission after another (a batch's worker
process, a fleet worker's), the pool keeps a few containers per image, limits and
environment already started, their worker waiting for its first message; a grade takes
one and a fresh one is started in the background. Memory, pids, tmpfs and ulimits are
fixed when a container is created, so only a container made for the same key is handed
out. A container serves exactly one worker session, then is removed (never reused).

Pool containers carry the labels of every sandbox container (this process's pid and start
time), so `grader sandbox clean` finds them when the process was killed with SIGKILL; on
any other exit the pool removes them (close(), registered for the process's exit).
"""

import atexit
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import util as mp_util

from grader.bank.spec import Limits

DEFAULT_SIZE = 3  # a grade with probes takes three: the submission's and the probes' two

_current: "WarmPool | None" = None


def current() -> "WarmPool | None":
    """The pool of this process, when one was enabled."""
    return _current


def enable(size: int = DEFAULT_SIZE) -> "WarmPool | None":
    """Keep `size` started sandboxes per key in this process (0: no pool), until it exits."""
    global _current
    if _current is not None:
        _current.close()
        _current = None
    if size > 0:
        _current = WarmPool(size)
        atexit.register(_current.close)
        # A forked multiprocessing worker ends with os._exit: atexit does not run there; this does.
        mp_util.Finalize(_current, _current.close, exitpriority=10)
    return _current


def _key(image: str, limits: Limits, env: dict[str, str]) -> tuple:
    return image, limits.model_dump_json(), tuple(sorted(env.items()))


class WarmPool:
    def __init__(self, size: int):
        self.size = size
        self._ready: dict[tuple, list] = {}
        self._starting: dict[tuple, int] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._starter = ThreadPoolExecutor(1, thread_name_prefix="warm-pool")
        self.taken = self.cold = 0  # sandboxes handed out started ahead / started on demand

    def take(self, backend, limits: Limits, env: dict[str, str]):
        """A started sandbox for these limits and environment: one from the pool when it is
        ready and alive, else one started now; the pool is topped up in the background."""
        from grader.isolation.docker_backend import DockerSandbox

        key = _key(backend.image, limits, env)
        found = None
        with self._lock:
            ready = self._ready.setdefault(key, [])
            while ready and found is None:
                candidate = ready.pop(0)
                if candidate.reader.is_alive():  # its stream is open: the worker waits
                    found = candidate
                else:
                    candidate.close()
        self._top_up(key, backend, limits, env)
        if found is not None:
            self.taken += 1
            return found
        self.cold += 1
        return DockerSandbox(backend, limits, env)

    def _top_up(self, key, backend, limits: Limits, env: dict[str, str]) -> None:
        with self._lock:
            if self._closed:
                return
            missing = self.size - len(self._ready.get(key, [])) - self._starting.get(key, 0)
            self._starting[key] = self._starting.get(key, 0) + max(missing, 0)
        for _ in range(max(missing, 0)):
            self._starter.submit(self._start_one, key, backend, limits, dict(env))

    def _start_one(self, key, backend, limits: Limits, env: dict[str, str]) -> None:
        from grader.isolation.docker_backend import DockerSandbox

        sandbox = None
        try:
            sandbox = DockerSandbox(backend, limits, env)
        except Exception:  # the engine is busy or gone: the next take starts one itself
            pass
        with self._lock:
            self._starting[key] -= 1
            if sandbox is not None and not self._closed:
                self._ready.setdefault(key, []).append(sandbox)
                sandbox = None
        if sandbox is not None:  # started after close(): not kept
            sandbox.close()

    def ready_count(self) -> int:
        with self._lock:
            return sum(len(v) for v in self._ready.values())

    def close(self) -> None:
        """Remove every container not handed out; starts under way are removed as they end."""
        with self._lock:
            self._closed = True
            ready = [s for group in self._ready.values() for s in group]
            self._ready.clear()
        for sandbox in ready:
            sandbox.close()
        self._starter.shutdown(wait=True, cancel_futures=True)
