"""WorkerSession's reply handling, fuzzed: whatever bytes a worker sends back, a request ends
in a value, the submission's own (rebuilt) exception, or a SubmissionFailure; never another
exception of the grader's and never a hang. tests/test_wire.py fuzzes the codec alone; this
drives the whole path a reply takes (line splitting, JSON, ids, durations, results, errors,
handles, exception descriptions) through a fake SandboxProcess."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.bank.spec import Limits
from grader.isolation.failures import SubmissionFailure
from grader.isolation.proxy import RemoteObject, remote_trace
from grader.isolation.sandbox_process import Backend, ExitInfo, SandboxProcess
from grader.isolation.session import WorkerSession
from grader.isolation.streams import LineSplitter

LINE_LIMIT = 4096  # stands for wire.MAX_MESSAGE_BYTES: oversized lines stay cheap to make
TAGS = ["$t", "$d", "$set", "$fset", "$b", "$f", "$c", "$h", "$nd", "$ns", "$dt", "$date",
        "$td", "$exc", "$exccls", "$x", "", "ok", "err", "id"]


class FakeSandbox(SandboxProcess):
    """Answers the session's requests with the chunks it was given, then end of stream."""

    backend = "fake"

    def __init__(self, limits: Limits, chunks: list[bytes], code: int | None):
        super().__init__(limits)
        self.protocol = LineSplitter(self.messages, limit=LINE_LIMIT)
        self.chunks, self.code = list(chunks), code
        self.killed = self.closed = False

    def send(self, data: bytes) -> None:
        assert not self.closed, "a request was sent to a discarded sandbox"
        if self.chunks:
            self.protocol.feed(self.chunks.pop(0))
        else:
            self.protocol.close()

    def kill(self) -> None:
        self.killed = True

    def exit_info(self, timeout: float) -> ExitInfo:
        return ExitInfo(self.code, oom_killed=self.code == -9)

    def close(self) -> None:
        self.closed = True


class NoBackend(Backend):
    name = "fake"

    def problem(self):
        return None

    def start(self, limits, env):
        raise AssertionError("the fuzzed session must not start a sandbox")

    def describe(self):
        return "fake"


# -- what a hostile worker might send --------------------------------------------------------
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20))


def tagged(children):
    return st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(TAGS) | st.text(max_size=5), children, max_size=2),
        st.builds(lambda tag, body: {tag: body}, st.sampled_from(TAGS), children),
    )


values = st.recursive(scalars, tagged, max_leaves=25)
handles = st.builds(lambda i, kind, name: {"$h": [i, kind, name]},
                    st.integers(-2, 5) | st.text(max_size=3),
                    st.sampled_from(["object", "class", "exception", "callable", "module", ""]),
                    st.text(max_size=10))
mros = st.lists(st.lists(values | handles | st.integers(0, 5), max_size=5), max_size=4)
errors = st.fixed_dictionaries(
    {}, optional={"type": values, "module": st.sampled_from(["builtins", "grader", "x"]) | values,
                  "mro": mros | values, "args": values, "str": values, "tb": values,
                  "attrs": values, "cause": values, "lineno": values, "filename": values})
ids = st.sampled_from(["right", "wrong", "none", "missing"]) | values


def reply(request_id, the_id, body, t):
    message = dict(body)
    if the_id == "right":
        message["id"] = request_id
    elif the_id == "wrong":
        message["id"] = request_id + 1
    elif the_id == "none":
        message["id"] = None
    elif the_id != "missing":
        message["id"] = the_id
    if t != "missing":
        message["t"] = t
    return message


bodies = st.one_of(
    st.fixed_dictionaries({"ok": values | handles}),
    st.fixed_dictionaries({"err": errors | values}),
    st.fixed_dictionaries({"ok": values, "err": errors}),
    st.fixed_dictionaries({}, optional={"ready": values, "ok": values}),
)
durations = st.sampled_from(["missing", -1.0, 1e300, "1", None]) | st.floats(0, 10)


@st.composite
def worker_output(draw):
    """Chunks of bytes, one per request the session may send, mixing valid and broken lines."""
    chunks = []
    for request_id in range(1, draw(st.integers(1, 4)) + 1):
        kind = draw(st.sampled_from(["reply", "reply", "truncated", "raw", "oversized",
                                     "nested", "two", "no-newline"]))
        line = json.dumps(reply(request_id, draw(ids), draw(bodies), draw(durations)),
                          allow_nan=True).encode()
        if kind == "truncated":
            line = line[: draw(st.integers(0, max(len(line) - 1, 0)))] + b"\n"
        elif kind == "raw":
            line = draw(st.binary(max_size=200))
        elif kind == "oversized":
            line = b'{"id": 1, "ok": "' + b"x" * (LINE_LIMIT + 10) + b'"}\n'
        elif kind == "nested":
            depth = draw(st.integers(150, 20_000))
            opener = draw(st.sampled_from([b"[", b'{"$t":[', b'{"$d":[[1,']))
            line = b'{"id":%d,"ok":' % request_id + opener * depth + b"\n"
        elif kind == "two":
            line = line + b"\n" + line + b"\n"
        elif kind == "no-newline":
            pass
        else:
            line += b"\n"
        chunks.append(line)
    return chunks


@pytest.mark.slow
@settings(max_examples=2000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(chunks=worker_output(), code=st.sampled_from([None, 0, 1, -9, -11, 137]))
def test_any_reply_ends_in_a_verdict(chunks, code):
    limits = Limits(call_timeout_s=0.02)  # a line without its newline waits this long
    session = WorkerSession(NoBackend(), limits, files={}, module="m")
    fake = FakeSandbox(limits, chunks, code)
    session.sandbox, session.generation = fake, 1
    try:
        result = session.request("invoke", target=2, name="get", args=[], kwargs={"$d": []})
    except SubmissionFailure as exc:
        assert isinstance(exc.verdict, str) and exc.message
        assert session.sandbox is None and fake.closed, "a failed worker must be discarded"
        return
    except BaseException as exc:  # only the submission's own exception, rebuilt, may surface
        assert remote_trace(exc) is not None, f"the grader raised {type(exc).__name__}: {exc}"
        return
    assert not fake.closed
    assert result is None or isinstance(result, (bool, int, float, str, bytes, list, tuple,
                                                 dict, set, frozenset, complex, RemoteObject,
                                                 type)) or type(result).__module__ in (
        "numpy", "datetime")


# -- bounds on what a worker makes the grader keep (issue 15) -----------------------------------
def fake_session(chunks=()):
    limits = Limits(call_timeout_s=0.5)
    session = WorkerSession(NoBackend(), limits, files={}, module="m")
    session.sandbox, session.generation = FakeSandbox(limits, list(chunks), None), 1
    return session


def ladder_description(levels: int) -> list:
    """The MRO the worker sends for A<levels> on a ladder of diamonds over ValueError."""
    lower = (type("A0", (ValueError,), {}), type("B0", (ValueError,), {}))
    for level in range(1, levels + 1):
        lower = (type(f"A{level}", lower, {}), type(f"B{level}", lower, {}))
    ids = {}
    return [["builtins" if c.__module__ == "builtins" else "ladder", c.__qualname__,
             ids.setdefault(c, len(ids)),
             [ids.setdefault(b, len(ids)) for b in c.__bases__ if b is not object]]
            for c in lower[0].__mro__ if c is not object]


def test_a_ladder_of_diamonds_is_mirrored_once_per_class():
    """60 levels: 2**60 paths from the top to ValueError; the mirror walked 2**50 of them."""
    import time

    session = fake_session()
    started = time.perf_counter()
    cls = session.proxies.mirror(ladder_description(60))
    assert time.perf_counter() - started < 2
    assert issubclass(cls, ValueError) and cls.__qualname__ == "A60"
    assert [c.__qualname__ for c in cls.__mro__[:3]] == ["A60", "A59", "B59"]


def test_a_lying_description_with_a_cycle_mirrors_as_runtime_error():
    session = fake_session()
    assert session.proxies.mirror([["m", "A", 1, [2]], ["m", "B", 2, [1]]]) is RuntimeError


def test_an_exception_deriving_from_keyboard_interrupt_is_the_submissions_error():
    """pytest lets any KeyboardInterrupt through a test: rebuilt as such, the submission's
    exception stopped the grade as if Ctrl-C had been pressed (exit 130)."""
    from grader.isolation.failures import SubmissionExited

    session = fake_session()
    err = {"type": "Disguised", "module": "m", "str": "boo", "args": ["boo"],
           "mro": [["m", "Disguised", 2, [3, 4]], ["builtins", "Exception", 3, [5]],
                   ["builtins", "KeyboardInterrupt", 4, [5]],
                   ["builtins", "BaseException", 5, []]]}
    exc = session.proxies.exception(err)
    assert isinstance(exc, SubmissionExited) and not isinstance(exc, KeyboardInterrupt)
    assert exc.verdict == "error" and "Disguised" in exc.message


def test_handles_kept_between_restarts_are_bounded(monkeypatch):
    from grader.isolation import proxy
    from grader.isolation.failures import ProtocolViolation

    monkeypatch.setattr(proxy, "MAX_HANDLES_KEPT", 50)
    monkeypatch.setattr(proxy, "MAX_CLASSES_KEPT", 5)
    session = fake_session()
    decode = session.proxies.decode
    assert len(decode([{"$h": [i, "object", "X"]} for i in range(10, 40)])) == 30
    with pytest.raises(ProtocolViolation, match="more than 50 objects"):
        decode([{"$h": [i, "object", "X"]} for i in range(40, 70)])
    session.proxies.reset()  # a fresh worker starts a fresh count
    with pytest.raises(ProtocolViolation, match="more than 5 classes"):
        decode([{"$h": [i, "class", "C"]} for i in range(10, 20)])


def test_the_splitter_keeps_at_most_two_unread_lines():
    """A worker writing lines between requests filled the grader's memory, 64 MB a line."""
    import queue

    out: queue.Queue = queue.Queue()
    LineSplitter(out).feed(b"1\n" * 1000)
    assert [out.get_nowait() for _ in range(out.qsize())] == [
        ("line", b"1"), ("line", b"1"), ("flood", b"")]


def test_a_reply_decoded_past_its_deadline_is_a_crash(monkeypatch):
    """The import and the time between tests run with no test clock: the reply's own deadline
    is what stops a slow decode there."""
    from grader.isolation import session as session_module
    from grader.isolation.failures import ProtocolViolation

    monkeypatch.setattr(session_module, "DECODE_TIMEOUT_S", -1.0)
    line = json.dumps({"id": 1, "ok": [[i] for i in range(10_000)], "t": 0.0}).encode() + b"\n"
    session = fake_session([line])
    with pytest.raises(ProtocolViolation, match="to decode"):
        session.request("invoke", target=2, name="get", args=[], kwargs={"$d": []})
    assert session.sandbox is None
