"""Local stand-ins for the submission's objects, which stay in the worker.

A hidden test sees ordinary-looking Python: a module whose functions it calls,
classes it instantiates, instances whose methods it calls. Each of those
becomes a message to the worker; values come back as data. Comparisons happen
here, on plain values: a remote object's own ``__eq__`` is never consulted.
Exceptions the submission raises are rebuilt as local classes that mirror the
remote hierarchy down to the builtin (or ``queue``) types, so ``pytest.raises``
and ``assertRaises`` behave as they would in process.
"""

import builtins
import queue
import types

from grader.isolation import wire
from grader.isolation.failures import (
    ProtocolViolation,
    SubmissionCrashed,
    SubmissionExited,
    SubmissionMemoryLimit,
)
from grader.isolation.streams import printable

MAX_CAUSES = 3  # the worker sends at most this many links of a __cause__ chain
# Non-builtin exception types a submission may be asked to raise (catalog:
# bounded-queue raises queue.Full / queue.Empty); matched by module and name.
KNOWN_EXCEPTIONS = {("queue", "Full"): queue.Full, ("queue", "Empty"): queue.Empty,
                    ("_queue", "Empty"): queue.Empty}


class RemoteTrace:
    """What the grader knows of an exception raised in the sandbox."""

    def __init__(self, err: dict):
        self.type_name = printable(str(err.get("type", "?"))[:200])
        self.text = printable(str(err.get("str", ""))[:2000])
        self.traceback = printable(str(err.get("tb", ""))[:4000])
        self.lineno = err.get("lineno") if type(err.get("lineno")) is int else None
        self.filename = printable(str(err.get("filename", ""))[:200])


def remote_trace(exc: BaseException) -> RemoteTrace | None:
    return getattr(exc, "_grader_remote", None)


def _remote_str(self) -> str:
    trace = remote_trace(self)
    return trace.text if trace else Exception.__str__(self)


class RemoteObject:
    """An object living in the worker. Attribute access and calls go over the wire."""

    __slots__ = ("_p", "_hid", "_gen", "_type_name", "_path", "__weakref__")

    def __init__(self, proxies, handle: wire.Handle, gen: int):
        object.__setattr__(self, "_p", proxies)
        object.__setattr__(self, "_hid", handle.id)
        object.__setattr__(self, "_gen", gen)
        object.__setattr__(self, "_type_name", handle.type_name)
        object.__setattr__(self, "_path", None)  # (module handle, name) when it is a module's name

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # keep pickle/copy/introspection probes local
        return self._p.request("getattr", target=self._p.target(self), name=name)

    def __setattr__(self, name, value):
        self._p.request("setattr", target=self._p.target(self), name=name,
                        value=self._p.encode(value))

    def __delattr__(self, name):
        self._p.request("delattr", target=self._p.target(self), name=name)

    def __call__(self, *args, **kwargs):
        return self._p.invoke(self, None, args, kwargs)

    def _apply(self, fn, *args):
        return self._p.request("apply", target=self._p.target(self), fn=fn,
                               args=self._p.encode(list(args)))

    def __len__(self):
        return self._apply("len")

    def __bool__(self):
        return bool(self._apply("bool") is True)

    def __iter__(self):
        return self._apply("iter")

    def __next__(self):
        return self._apply("next")

    def __contains__(self, item):
        return self._apply("contains", item) is True

    def __getitem__(self, key):
        return self._apply("getitem", key)

    def __setitem__(self, key, value):
        self._apply("setitem", key, value)

    def __delitem__(self, key):
        self._apply("delitem", key)

    def __enter__(self):
        return self._p.invoke(self, "__enter__", (), {})

    def __exit__(self, exc_type, exc, tb):
        if exc is not None and not _sendable_exception(exc):
            exc = RuntimeError(str(exc))  # a local-only exception crosses as its text
            exc_type = RuntimeError
        return bool(self._p.invoke(self, "__exit__", (exc_type, exc, None), {}))

    def __repr__(self):
        return f"<{self._type_name} object in the sandbox>"


def _sendable_exception(exc: BaseException) -> bool:
    return getattr(builtins, type(exc).__name__, None) is type(exc)


class RemoteClassMeta(type):
    """Metaclass of the local stand-ins for the submission's (non-exception) classes."""

    def __call__(cls, *args, **kwargs):
        return cls._grader_p.invoke(cls, None, args, kwargs)

    def __getattr__(cls, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return cls._grader_p.request("getattr", target=cls._grader_p.target(cls), name=name)

    def __instancecheck__(cls, obj):
        if not isinstance(obj, RemoteObject):
            return False
        p = cls._grader_p
        return p.request("isinstance", target=p.target(obj), cls=p.target(cls)) is True

    def __repr__(cls):
        return f"<class {cls.__name__!r} in the sandbox>"


class RemoteModule(types.ModuleType):
    """The submission (or harness) module as the hidden tests import it."""

    def __init__(self, name: str, proxies, hid: int, names: dict[str, str]):
        super().__init__(name)
        self._grader_p, self._grader_hid, self._grader_names = proxies, hid, names
        self.__file__ = f"<{name} in the sandbox>"

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        p = self._grader_p
        try:
            value = p.request("getattr", target=self._grader_hid, name=name)
        except AttributeError:
            raise AttributeError(f"the submission's module {self.__name__!r} has no "
                                 f"attribute {name!r}") from None
        p.remember_path(value, (self._grader_hid, name))
        return value

    def __dir__(self):
        return sorted(self._grader_names)


class Proxies:
    """Encoding, decoding and the local stand-ins for one worker session."""

    def __init__(self, session):
        self.session = session
        self.objects: dict[int, object] = {}
        self.mirrors: dict[tuple[str, str], type] = {}  # survive restarts: keyed by name
        self.describing = False

    def reset(self) -> None:
        """A new worker: old handles mean nothing to it."""
        self.objects.clear()

    # -- values ------------------------------------------------------------------
    def encode(self, value):
        return wire.Encoder(to_handle=self._handle_of).encode(value)

    def decode(self, data):
        return wire.Decoder(from_handle=self.local).decode(data)

    def _handle_of(self, obj):
        if isinstance(obj, RemoteObject) or isinstance(obj, RemoteClassMeta):
            return wire.Handle(self.target(obj))
        raise wire.WireError(
            f"cannot send a local {type(obj).__name__} into the sandbox; build such values "
            "with the challenge's harness")

    def target(self, obj) -> int:
        self.session.ensure_running()
        is_obj = isinstance(obj, RemoteObject)
        gen = obj._gen if is_obj else obj._grader_gen
        if gen != self.session.generation:
            self._refresh(obj, is_obj)
        return obj._hid if is_obj else obj._grader_hid

    def remember_path(self, value, path) -> None:
        if isinstance(value, RemoteObject):
            object.__setattr__(value, "_path", path)
        elif isinstance(value, RemoteClassMeta):
            type.__setattr__(value, "_grader_path", path)

    def _refresh(self, obj, is_obj: bool) -> None:
        """After a restart, a module-level name is looked up again; anything else is lost."""
        path = obj._path if is_obj else obj.__dict__.get("_grader_path")
        if path is None:
            raise SubmissionCrashed("this object was lost when the worker restarted")
        fresh = self.request("getattr", target=path[0], name=path[1])
        fresh_obj = isinstance(fresh, RemoteObject)
        if fresh_obj != is_obj or not (fresh_obj or isinstance(fresh, RemoteClassMeta)):
            raise SubmissionCrashed(f"{path[1]} changed kind when the worker restarted")
        hid = fresh._hid if fresh_obj else fresh._grader_hid
        if is_obj:
            object.__setattr__(obj, "_hid", hid)
            object.__setattr__(obj, "_gen", self.session.generation)
        else:
            type.__setattr__(obj, "_grader_hid", hid)
            type.__setattr__(obj, "_grader_gen", self.session.generation)
        self.objects[hid] = obj

    def local(self, handle: wire.Handle):
        known = self.objects.get(handle.id)
        if known is not None:
            return known
        gen = self.session.generation
        if self.describing:
            raise ProtocolViolation("a class description may hold no handles")
        if handle.kind == "exception":
            self.describing = True  # its description is plain data: a handle in it is a lie
            try:
                made = self.mirror(self.request("describe", target=handle.id))
            finally:
                self.describing = False
        elif handle.kind == "class":
            made = RemoteClassMeta(handle.type_name.rsplit(".", 1)[-1], (), {
                "_grader_p": self, "_grader_hid": handle.id, "_grader_gen": gen})
        else:
            made = RemoteObject(self, handle, gen)
        self.objects[handle.id] = made
        return made

    # -- calls -------------------------------------------------------------------
    def request(self, op: str, **fields):
        return self.session.request(op, **fields)

    def invoke(self, obj, name, args, kwargs, **flags):
        return self.request("invoke", target=self.target(obj), name=name,
                            args=self.encode(list(args)), kwargs=self.encode(dict(kwargs)),
                            **flags)

    def stash(self, args: list):
        """Arguments kept in the worker for repeated calls (a proxy of the stash)."""
        return self.request("stash", args=self.encode(list(args)))

    def release(self, obj) -> None:
        """Let the worker drop an object it holds for us (stashed inputs, mostly)."""
        hid = self.target(obj)
        self.objects.pop(hid, None)
        self.request("release", targets=[hid])

    def invoke_stashed(self, obj, stash, timeout: float):
        """A timed call on a fresh copy of stashed arguments (the probes' call)."""
        return self.request("invoke", target=self.target(obj), name=None,
                            args_ref=self.target(stash), timed=True, timeout=timeout)

    # -- exceptions ----------------------------------------------------------------
    def mirror(self, mro) -> type:
        """A local class standing for a remote exception class (described by its MRO)."""
        try:
            table = {hid: (str(mod), str(qual), list(bases)) for mod, qual, hid, bases in mro}
            first = mro[0][2]
        except (TypeError, ValueError, IndexError):
            raise ProtocolViolation("malformed exception description") from None
        built = self._mirror(first, table, 0)
        return built or RuntimeError

    def _mirror(self, hid, table, depth):
        if hid not in table or depth > 50:
            return None
        module, qualname, bases = table[hid]
        key = (module, qualname)
        if key in self.mirrors:
            return self.mirrors[key]
        if key in KNOWN_EXCEPTIONS:
            return KNOWN_EXCEPTIONS[key]
        if module == "builtins":
            real = getattr(builtins, qualname, None)
            return real if isinstance(real, type) and issubclass(real, BaseException) else None
        local_bases = tuple(b for b in (self._mirror(h, table, depth + 1) for h in bases) if b)
        if not local_bases:
            return None
        name = qualname.rsplit(".", 1)[-1][:100] or "RemoteError"
        attrs = {"__module__": module[:100], "__qualname__": qualname[:200], "__str__": _remote_str}
        try:
            cls = type(name, local_bases, attrs)
        except TypeError:  # bases whose layouts conflict: keep the first
            cls = type(name, local_bases[:1], attrs)
        self.mirrors[key] = cls
        return cls

    def exception(self, err: dict, depth: int = 0) -> BaseException:
        """Rebuild the submission's exception on this side, ready to raise."""
        if type(err) is not dict:
            raise ProtocolViolation("malformed error reply")
        if err.get("module") == "grader":
            raise ProtocolViolation(f"the worker reported: {str(err.get('str'))[:300]}")
        cls = self.mirror(err.get("mro") or [["builtins", "RuntimeError", 0, []]])
        if issubclass(cls, MemoryError):  # NumPy's _ArrayMemoryError too (memory_numpy_block)
            return SubmissionMemoryLimit("the submission ran out of memory (MemoryError)")
        if not issubclass(cls, Exception):
            trace = RemoteTrace(err)
            exited = SubmissionExited(f"the submission raised {trace.type_name}: {trace.text}"
                                      if trace.text else f"the submission raised {trace.type_name}")
            exited._grader_remote = trace
            return exited
        try:
            args = self.decode(err.get("args", []))
            if type(args) is not list:
                raise wire.WireError("args must be a list")
        except wire.WireError:
            args = [str(err.get("str", ""))]
        try:
            exc = cls.__new__(cls, *args)
            exc.args = tuple(args)
        except Exception:
            exc = RuntimeError(*args)
        exc._grader_remote = RemoteTrace(err)
        try:
            attrs = self.decode(err["attrs"]) if "attrs" in err else {}
            for key, value in (attrs.items() if type(attrs) is dict else ()):
                # Data only: never shadow what the class defines (args, with_traceback, ...).
                if type(key) is str and not key.startswith("_") and not hasattr(type(exc), key):
                    setattr(exc, key, value)
        except (wire.WireError, AttributeError, TypeError):
            pass
        if type(err.get("cause")) is dict and depth < MAX_CAUSES:
            exc.__cause__ = self.exception(err["cause"], depth + 1)
        return exc
