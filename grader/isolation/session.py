"""A worker session: one sandbox running the submission, driven request by request.

Every failure of the worker becomes one of the exceptions in failures.py, with
the verdict it stands for; the grader itself never hangs on a worker: each
request has a deadline, and a worker past it is killed. After a timeout or a
crash the next request starts a fresh sandbox, so later tests still run.
"""

import builtins
import contextlib
import queue
import signal
import threading
import time

from grader.bank.spec import Limits
from grader.isolation import wire
from grader.isolation.failures import (
    ProtocolViolation,
    SandboxBroken,
    SubmissionCrashed,
    SubmissionFailure,
    SubmissionMemoryLimit,
    SubmissionTimeout,
)
from grader.isolation.proxy import Proxies, RemoteModule
from grader.isolation.sandbox_process import Backend, SandboxProcess

STARTUP_TIMEOUT_S = 30.0
# Decoding one reply, on the grader's own clock: the test's alarm is stopped during an import
# and between tests, and a reply must never hold the grader longer than this. An honest
# 64 MB reply decodes in a few seconds.
DECODE_TIMEOUT_S = 20.0
MAX_CALLBACK_DEPTH = 16  # a test's callable calling the submission, which calls back ...
MAX_DURATION_S = 1e6  # a worker's own timing of one call beyond this is a lie (or NaN)


class LoadFailure(Exception):
    """The submission could not be imported: carries the verdict and a one-line reason."""

    def __init__(self, verdict: str, message: str, detail: str = ""):
        super().__init__(message)
        self.verdict, self.message, self.detail = verdict, message, detail


class WorkerSession:
    def __init__(self, backend: Backend, limits: Limits, files: dict[str, str], module: str,
                 harness: dict[str, str] | None = None, harness_module: str | None = None,
                 env: dict[str, str] | None = None, deny: dict[str, str] | None = None):
        self.backend, self.limits = backend, limits
        self.deny = dict(deny or {})  # {module: rule id} the worker refuses to the submission
        self.files, self.module_name = files, module
        self.harness, self.harness_module = harness or {}, harness_module
        self.env = dict(env or {})
        self.proxies = Proxies(self)
        self.callback_depth = 0
        self.sandbox: SandboxProcess | None = None
        self.generation = 0
        self.restarts = 0
        self.next_id = 0
        self.names: dict[str, str] = {}
        self.module: RemoteModule | None = None
        self.harness_proxy: RemoteModule | None = None
        self.past_output: list[str] = []
        self.last_timing: tuple[float, float] = (0.0, 0.0)  # worker's seconds, grader's seconds
        self.isolation = backend.describe()

    # -- life cycle --------------------------------------------------------------
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self) -> dict[str, str]:
        """Start a sandbox and import the submission; LoadFailure if it cannot be imported."""
        with _test_clock_stopped():
            return self._start()

    def _start(self) -> dict[str, str]:
        self.generation += 1
        self.proxies.reset()
        self.sandbox = self.backend.start(self.limits, self.env)
        try:
            self._hello()
            names = self.request("load", files=self.files, module=self.module_name,
                                 harness=self.harness, harness_module=self.harness_module,
                                 deny=self.deny,
                                 timeout=max(self.limits.call_timeout_s, 10.0))
        except SandboxBroken as exc:
            self._discard()
            raise LoadFailure(exc.verdict, exc.message) from None
        except SubmissionFailure as exc:
            self._discard()
            raise LoadFailure(exc.verdict,
                              f"while importing the submission: {exc.message}") from None
        except BaseException as exc:
            trace = getattr(exc, "_grader_remote", None)
            self._discard()
            if trace is None:
                raise
            if isinstance(exc, SyntaxError):
                where = f"{trace.filename}, line {trace.lineno}: " if trace.lineno else ""
                text = exc.args[0] if exc.args and isinstance(exc.args[0], str) else trace.text
                raise LoadFailure("rejected", f"syntax error: {where}{text}") from None
            if trace.type_name == "ForbiddenImport":
                raise LoadFailure("rejected", trace.text, trace.traceback) from None
            if isinstance(exc, ImportError):
                raise LoadFailure("rejected", f"import failed: {trace.text}",
                                  trace.traceback) from None
            raise LoadFailure("error", f"importing the submission raised {trace.type_name}: "
                                       f"{trace.text}", trace.traceback) from None
        if type(names) is not dict:
            raise LoadFailure("crashed", "the worker answered the import with nonsense")
        self.names = {str(k): str(v) for k, v in names.items()}
        self.module = RemoteModule(self.module_name, self.proxies, 0, self.names)
        if self.harness_module:
            self.harness_proxy = RemoteModule(self.harness_module, self.proxies, 1, {})
        return self.names

    def _hello(self) -> None:
        """The worker's first line, sent before any submission code runs: without it the
        sandbox itself is broken, and that is never the submission's doing."""
        try:
            hello = self._receive(None, STARTUP_TIMEOUT_S)
            if hello.get("ready") is True:
                return
            reason = "it did not introduce itself"
        except SubmissionFailure as exc:
            reason = exc.message
        assert self.sandbox is not None  # _hello runs right after the start
        said = self.sandbox.output.text()[-600:].strip()
        raise SandboxBroken(f"the {self.backend.name} sandbox did not start: {reason}"
                            + (f"; it printed: {said}" if said else ""))

    def restart(self, env: dict[str, str] | None = None) -> None:
        """A fresh sandbox (old proxies become invalid); `env` replaces the extra variables."""
        if env is not None:
            self.env = dict(env)
        self._discard()
        self.restarts += 1
        try:
            self.start()
        except LoadFailure as exc:  # it imported once; failing now is a crash
            if exc.verdict == SandboxBroken.verdict:
                raise SandboxBroken(exc.message) from None
            raise SubmissionCrashed(f"the worker could not be restarted: {exc.message}") from None

    def ensure_running(self) -> None:
        """Start a fresh sandbox if the last one was discarded (timeout, crash)."""
        if self.sandbox is None:
            self.restart()

    def close(self) -> None:
        self._discard()

    def _discard(self) -> None:
        if self.sandbox is not None:
            with _test_clock_stopped():
                self.past_output.append(self.sandbox.output.text())
                self.sandbox.close()
                self.sandbox = None

    @property
    def output(self) -> str:
        """Everything the submission printed, across restarts, truncated."""
        live = [self.sandbox.output.text()] if self.sandbox else []
        return "".join(self.past_output + live)

    @property
    def output_mark(self) -> tuple[int, int]:
        return len(self.past_output), self.sandbox.output.size if self.sandbox else 0

    def output_since(self, mark: tuple[int, int]) -> str:
        restarts, offset = mark
        if restarts != len(self.past_output) or self.sandbox is None:
            return ""
        return self.sandbox.output.text(offset) if offset < self.sandbox.output.size else ""

    # -- requests ------------------------------------------------------------------
    def request(self, op: str, timeout: float | None = None, **fields):
        """Send one request and return its decoded result (or raise what it raised)."""
        self.ensure_running()
        self.next_id += 1
        message = {"id": self.next_id, "op": op, **fields}
        try:
            data = wire.dumps(message)
        except (wire.WireError, ValueError, TypeError) as exc:
            raise wire.WireError(f"the test's arguments cannot be sent: {exc}") from None
        started = time.perf_counter()
        assert self.sandbox is not None  # ensure_running above
        try:
            self.sandbox.send(data)
            reply = self._receive(self.next_id, timeout or self.limits.call_timeout_s)
            wall = time.perf_counter() - started
            worker_t = _duration(reply)
            result, error = self._unpack(reply)
        except BaseException:
            # Interrupted mid-call (a deadline, a test timeout), or lied to: the worker's state
            # is unknown, so it is not used again.
            self._discard()
            raise
        self.last_timing = (wall if worker_t is None else worker_t, wall)
        if error is not None:
            raise error
        return result

    def _unpack(self, reply: dict):
        """(result, None) or (None, the submission's exception). Everything in a reply is
        checked before use: anything malformed is a ProtocolViolation, never a grader error."""
        if ("ok" in reply) == ("err" in reply):
            raise ProtocolViolation("a reply must hold exactly one of a result and an error")
        decoder = self.proxies.decoder(deadline=time.monotonic() + DECODE_TIMEOUT_S)
        try:
            if "err" in reply:
                return None, self.proxies.exception(reply["err"], decoder=decoder)
            return self.proxies.decode(reply["ok"], decoder), None
        except SubmissionFailure:
            raise
        except wire.DecodeTimeout:
            raise ProtocolViolation(f"the worker sent a reply that took more than "
                                    f"{DECODE_TIMEOUT_S:g} s to decode") from None
        except wire.WireError as exc:
            raise ProtocolViolation(f"the worker sent a malformed value: {exc}") from None
        except Exception as exc:  # malformed beyond the codec's checks (RecursionError too)
            raise ProtocolViolation(f"the worker sent a malformed reply: "
                                    f"{type(exc).__name__}: {str(exc)[:200]}") from None

    def _receive(self, expected_id, timeout: float) -> dict:
        assert self.sandbox is not None  # only ever waits on a started sandbox
        deadline = time.monotonic() + timeout
        while True:
            try:
                kind, line = self.sandbox.messages.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                with _test_clock_stopped():
                    self.sandbox.kill()
                raise SubmissionTimeout(f"no answer within {timeout:g} s") from None
            if kind == "overflow":
                raise ProtocolViolation("the worker sent a message over the size limit")
            if kind == "flood":
                raise ProtocolViolation("the worker sent messages it was not asked for")
            if kind == "eof":
                raise self._death()
            try:
                reply = wire.loads(line)
            except wire.WireError as exc:
                raise ProtocolViolation(f"the worker sent garbage: {exc}") from None
            if "cb" in reply and "id" not in reply and expected_id is not None:
                # The submission calls a callable the test handed it; the grader's own time
                # running it is not the call's.
                started = time.monotonic()
                self._call_back(reply)
                deadline += time.monotonic() - started
                continue
            if reply.get("id") != expected_id:
                raise ProtocolViolation("the worker answered a request it was not sent")
            return reply

    def _call_back(self, message: dict) -> None:
        """Run the test's callable the worker asks for, on decoded data; send back data, or
        the exception it raised (as a builtin type's name and its text)."""
        fn = self.proxies.callbacks.get(message["cb"]) if type(message["cb"]) is int else None
        if fn is None:
            raise ProtocolViolation("the worker called back something it was never handed")
        if self.callback_depth >= MAX_CALLBACK_DEPTH:
            raise ProtocolViolation(f"callbacks nested deeper than {MAX_CALLBACK_DEPTH}")
        self.callback_depth += 1
        try:
            if message.get("next") is True:
                result = next(fn)
            elif "attr" in message:  # public attributes only: never a way to the grader's
                name = message["attr"]  # internals (__class__, __globals__, _private)
                if type(name) is not str or name.startswith("_"):
                    raise AttributeError(f"{str(name)[:100]!r} is not served to the sandbox")
                result = getattr(fn, name)
            elif message.get("enter") is True:
                result = fn.__enter__()
            elif "exit" in message:
                exc = self._unpack({"ok": message["exit"]})[0]
                exc = exc[0] if type(exc) is list and len(exc) == 1 else None
                exc = exc if isinstance(exc, BaseException) else None
                result = fn.__exit__(type(exc) if exc else None, exc, None)
            else:
                args, kwargs = self._unpack({"ok": message.get("args", [])})[0], \
                    self._unpack({"ok": message.get("kwargs", {"$d": []})})[0]
                if type(args) is not list or type(kwargs) is not dict or \
                        not all(type(k) is str for k in kwargs):
                    raise ProtocolViolation("a malformed callback")
                result = fn(*args, **kwargs)
            reply = {"cb_reply": True, "ok": self.proxies.encode(result)}
        except (SubmissionFailure, ProtocolViolation):
            raise
        except Exception as exc:  # the test's callable raised: the submission sees it raise
            name = type(exc).__name__ if _is_builtin_error(exc) else "RuntimeError"
            reply = {"cb_reply": True, "err": {"type": name, "str": str(exc)[:2000]}}
        finally:
            self.callback_depth -= 1
        try:
            data = wire.dumps(reply)
        except (wire.WireError, ValueError, TypeError) as exc:
            data = wire.dumps({"cb_reply": True, "err": {
                "type": "RuntimeError", "str": f"the callable's result cannot be sent: {exc}"}})
        assert self.sandbox is not None  # a callback comes from a running worker
        self.sandbox.send(data)

    def _death(self) -> SubmissionFailure:
        assert self.sandbox is not None  # the worker that just died
        with _test_clock_stopped():
            info = self.sandbox.exit_info(timeout=5)
        if info.oom_killed:
            return SubmissionMemoryLimit(
                f"killed for using more than {self.limits.memory_mb} MB of memory")
        if info.code == -signal.SIGXCPU:
            return SubmissionTimeout("killed for using more CPU time than allowed")
        if info.code is not None and info.code < 0:
            return SubmissionCrashed(f"the worker was killed by signal {-info.code}")
        return SubmissionCrashed(f"the worker exited (status {info.code}) during the call")


def _is_builtin_error(exc: BaseException) -> bool:
    return getattr(builtins, type(exc).__name__, None) is type(exc)


@contextlib.contextmanager
def _test_clock_stopped():
    """Stop the hidden test's time limit (the plugin's SIGALRM timer) while the engine works:
    starting, killing, inspecting or removing a sandbox is the grader's work, not the
    submission's. A slow engine must not eat a test's time, and an alarm must not cut an
    engine call in half (a container half made, a connection left mid-reply)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)


def _duration(reply: dict) -> float | None:
    """The worker's own timing of a call: a finite, non-negative number when given."""
    t = reply.get("t")
    if t is None:
        return None
    if type(t) not in (int, float) or not 0 <= t < MAX_DURATION_S:
        raise ProtocolViolation("a reply with a malformed duration")
    return float(t)
