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
from typing import Any

from grader.isolation import wire
from grader.isolation.failures import (
    ProtocolViolation,
    SubmissionCrashed,
    SubmissionExited,
    SubmissionMemoryLimit,
)
from grader.isolation.streams import printable

MAX_CALLBACKS = 100_000  # callables one worker may be handed
MAX_CAUSES = 3  # the worker sends at most this many links of a __cause__ chain
# What one worker may make the grader keep, from its start to its restart: every handle gets a
# local stand-in, and a class's stand-in is a whole type (kilobytes). Past these the worker
# is treated as broken (crashed), not believed.
MAX_HANDLES_KEPT = 200_000
MAX_CLASSES_KEPT = 2_000
MAX_MIRRORS = 1_000  # mirrored exception classes, kept across restarts
MAX_MRO = 256  # classes in one exception class's description
# Raised here, these would stop the grader's own test run (pytest lets KeyboardInterrupt
# through); a remote class deriving from one crosses as the submission's error.
STOPPING = (KeyboardInterrupt, SystemExit, GeneratorExit)
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

    def _binary(self, fn, other):
        try:
            return self._apply(fn, other)
        except wire.WireError:  # a local value that cannot cross: let Python try the other side
            return NotImplemented

    def __eq__(self, other):
        # Who decides `==` is the bank's policy: in-process semantics ask the submission's own
        # __eq__ (in the sandbox); otherwise a remote object is equal only to itself.
        if self._p.in_process:
            return self._binary("eq", other)
        return object.__eq__(self, other)

    def __ne__(self, other):
        if self._p.in_process:
            return self._binary("ne", other)
        return object.__ne__(self, other)

    def __hash__(self):
        return self._apply("hash") if self._p.in_process else object.__hash__(self)

    def __len__(self):
        return self._apply("len")

    def __bool__(self):
        return bool(self._apply("bool") is True)

    def __str__(self):
        return self._apply("str")

    def __format__(self, spec):
        return self._apply("format", spec)

    def __round__(self, *ndigits):
        return self._apply("round", *ndigits)

    def __reversed__(self):
        return self._apply("reversed")

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
        placeholder = f"<{self._type_name} object in the sandbox>"
        if not self._p.in_process:
            return placeholder
        try:  # the submission's own repr, as a test written for its process expects
            text = self._apply("repr")
        except Exception:
            return placeholder
        return text if type(text) is str else placeholder


def _special(fn: str, binary: bool):
    if binary:
        def method(self, other):
            return self._binary(fn, other)
    else:
        def method(self):  # type: ignore[misc]  # unary: one argument fewer, on purpose
            return self._apply(fn)
    method.__name__ = f"__{fn}__"
    return method


# The data model's operators run the submission's own special methods in the sandbox.
for _fn in ("lt", "le", "gt", "ge", "divmod", "rdivmod"):
    setattr(RemoteObject, f"__{_fn}__", _special(_fn, True))
for _op in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift",
            "rshift", "and", "or", "xor"):
    for _fn in (_op, "r" + _op, "i" + _op):
        setattr(RemoteObject, f"__{_fn}__", _special(_fn, True))
for _fn in ("neg", "pos", "abs", "invert", "index", "int", "float", "complex"):
    setattr(RemoteObject, f"__{_fn}__", _special(_fn, False))


def _is_iterator(obj) -> bool:
    return hasattr(type(obj), "__next__") and hasattr(type(obj), "__iter__")


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

    def __setattr__(self, name, value):
        # A test patching the submission's module (mock.patch("grep.open")) changes only this
        # stand-in: the submission runs in the sandbox and never sees it. Noted, so a failure
        # it causes is not blamed on the submission.
        if not name.startswith("_grader") and not name.startswith("__"):
            self.__dict__.setdefault("_grader_patched", set()).add(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if not name.startswith("_grader") and not name.startswith("__"):
            self.__dict__.setdefault("_grader_patched", set()).add(name)
        super().__delattr__(name)


class Proxies:
    """Encoding, decoding and the local stand-ins for one worker session."""

    def __init__(self, session):
        self.session = session
        self.objects: dict[int, object] = {}
        self.mirrors: dict[tuple[str, str], type] = {}  # survive restarts: keyed by name
        self.describing = False
        self.classes = 0  # class stand-ins made for this worker
        # The bank's policy: may the submission's own __eq__, __hash__, repr decide?
        self.in_process = False
        # Callables and iterators the tests handed the submission, which stay here.
        self.callbacks: dict[int, Any] = {}
        self.callback_ids: dict[int, int] = {}  # id(obj) -> callback id (objects are held)

    def reset(self) -> None:
        """A new worker: old handles mean nothing to it."""
        self.objects.clear()
        self.classes = 0

    # -- values ------------------------------------------------------------------
    def encode(self, value):
        return wire.Encoder(to_handle=self._handle_of).encode(value)

    def decoder(self, deadline: float | None = None) -> wire.Decoder:
        """One message's decoder: its budgets (items, handles, time) cover the whole reply."""
        return wire.Decoder(from_handle=self.local, deadline=deadline, max_range=wire.MAX_ITEMS)

    def decode(self, data, decoder: wire.Decoder | None = None):
        return (decoder or self.decoder()).decode(data)

    def _handle_of(self, obj):
        if isinstance(obj, RemoteObject) or isinstance(obj, RemoteClassMeta):
            return wire.Handle(self.target(obj))
        if obj is not NotImplemented and obj is not Ellipsis:
            # A lambda, a local function, a bound or builtin method, a generator, an object of
            # the test's own (a file-like it inspects afterwards): it stays here; the worker
            # calls back (or asks for a public attribute), with data in and data out.
            kind = ("iterator" if _is_iterator(obj) else "callback" if callable(obj)
                    else "grader")
            cid = self.callback_ids.get(id(obj))
            if cid is None:
                if len(self.callbacks) >= MAX_CALLBACKS:
                    raise wire.WireError(f"more than {MAX_CALLBACKS} callables handed over")
                cid = len(self.callbacks) + 1
                self.callbacks[cid], self.callback_ids[id(obj)] = obj, cid
            return wire.Handle(cid, kind, type(obj).__name__[:100])
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
        if handle.kind in ("callback", "iterator", "grader"):  # one of ours, handed back
            mine = self.callbacks.get(handle.id)
            if mine is None:
                raise ProtocolViolation("the worker named a callable it was never handed")
            return mine
        known = self.objects.get(handle.id)
        if known is not None:
            return known
        gen = self.session.generation
        if self.describing:
            raise ProtocolViolation("a class description may hold no handles")
        if len(self.objects) >= MAX_HANDLES_KEPT:
            raise ProtocolViolation(f"the worker handed out more than {MAX_HANDLES_KEPT} "
                                    "objects since it started")
        if handle.kind in ("exception", "class"):
            self.classes += 1
            if self.classes > MAX_CLASSES_KEPT:
                raise ProtocolViolation(f"the worker handed out more than {MAX_CLASSES_KEPT} "
                                        "classes since it started")
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
            made = RemoteObject(self, handle, gen)  # type: ignore[assignment]
        self.objects[handle.id] = made
        return made

    # -- calls -------------------------------------------------------------------
    def request(self, op: str, **fields):
        return self.session.request(op, **fields)

    def invoke(self, obj, name, args, kwargs, **flags):
        return self.request("invoke", target=self.target(obj), name=name,
                            args=self.encode(list(args)), kwargs=self.encode(dict(kwargs)),
                            **flags)

    def release(self, objects) -> None:
        """Let the worker drop objects it holds for us (a probe's stashed inputs and kept
        results), in one request."""
        hids = [self.target(obj) for obj in objects]
        for hid in hids:
            self.objects.pop(hid, None)
        self.request("release", targets=hids)

    # -- exceptions ----------------------------------------------------------------
    def mirror(self, mro) -> type:
        """A local class standing for a remote exception class (described by its MRO)."""
        try:
            if type(mro) is not list or len(mro) > MAX_MRO:
                raise ValueError
            table = {hid: (str(mod)[:200], str(qual)[:200], list(bases)[:MAX_MRO])
                     for mod, qual, hid, bases in mro}
            first = mro[0][2]
        except (TypeError, ValueError, IndexError):
            raise ProtocolViolation("malformed exception description") from None
        return self._mirror(first, table) or RuntimeError

    def _mirror(self, first, table):
        """Each class of the description is mirrored once, failures included, bases first and
        without recursion: a ladder of diamonds (valid Python) has 2**levels paths to its root
        but only 3 * levels classes; a cycle in a lying description ends as no class."""
        done: dict[int, type | None] = {}
        stack = [first]
        while stack:
            hid = stack[-1]
            if type(hid) is not int or hid not in table:
                done[hid if type(hid) is int else -1] = None
                stack.pop()
                continue
            if hid in done:  # mirrored meanwhile (a base shared by two classes)
                stack.pop()
                continue
            bases = [b for b in table[hid][2] if type(b) is int]
            todo = [b for b in bases if b not in done and b not in stack]
            if todo and not self._known(table[hid]):
                stack.extend(todo)
                continue
            stack.pop()
            done[hid] = self._mirror_class(table[hid], [done.get(b) for b in bases])
        return done.get(first)

    def _known(self, entry) -> type | None:
        key = entry[:2]
        if key in self.mirrors:
            return self.mirrors[key]
        if key in KNOWN_EXCEPTIONS:
            return KNOWN_EXCEPTIONS[key]
        if entry[0] == "builtins":
            real = getattr(builtins, entry[1], None)
            return real if isinstance(real, type) and issubclass(real, BaseException) else None
        return None

    def _mirror_class(self, entry, mirrored_bases):
        module, qualname, _ = entry
        if self._known(entry) is not None or module == "builtins":
            return self._known(entry)
        local_bases = tuple(dict.fromkeys(b for b in mirrored_bases if b))
        if not local_bases or len(self.mirrors) >= MAX_MIRRORS:
            return None
        name = qualname.rsplit(".", 1)[-1][:100] or "RemoteError"
        attrs = {"__module__": module[:100], "__qualname__": qualname[:200], "__str__": _remote_str}
        try:
            cls = type(name, local_bases, attrs)
        except TypeError:  # bases whose layouts conflict: keep the first
            cls = type(name, local_bases[:1], attrs)
        self.mirrors[(module, qualname)] = cls
        return cls

    def exception(self, err: dict, depth: int = 0,
                  decoder: wire.Decoder | None = None) -> BaseException:
        """Rebuild the submission's exception on this side, ready to raise."""
        if type(err) is not dict:
            raise ProtocolViolation("malformed error reply")
        if err.get("module") == "grader":
            raise ProtocolViolation(f"the worker reported: {str(err.get('str'))[:300]}")
        decoder = decoder or self.decoder()
        cls = self.mirror(err.get("mro") or [["builtins", "RuntimeError", 0, []]])
        if issubclass(cls, MemoryError):  # NumPy's _ArrayMemoryError too (memory_numpy_block)
            return SubmissionMemoryLimit("the submission ran out of memory (MemoryError)")
        if not issubclass(cls, Exception) or issubclass(cls, STOPPING):
            trace = RemoteTrace(err)
            exited = SubmissionExited(f"the submission raised {trace.type_name}: {trace.text}"
                                      if trace.text else f"the submission raised {trace.type_name}")
            exited._grader_remote = trace  # type: ignore[attr-defined]
            return exited
        try:
            args = self.decode(err.get("args", []), decoder)
            if type(args) is not list:
                raise wire.WireError("args must be a list")
        except wire.DecodeTimeout:
            raise
        except wire.WireError:
            args = [str(err.get("str", ""))[:2000]]
        try:
            exc = cls.__new__(cls, *args)
            exc.args = tuple(args)
        except Exception:
            exc = RuntimeError(*args)
        exc._grader_remote = RemoteTrace(err)  # type: ignore[attr-defined]
        try:
            attrs = self.decode(err["attrs"], decoder) if "attrs" in err else {}
            for key, value in (attrs.items() if type(attrs) is dict else ()):
                # Data only: never shadow what the class defines (args, with_traceback, ...).
                if type(key) is str and not key.startswith("_") and not hasattr(type(exc), key):
                    setattr(exc, key, value)
        except wire.DecodeTimeout:
            raise
        except (wire.WireError, AttributeError, TypeError):
            pass
        if type(err.get("cause")) is dict and depth < MAX_CAUSES:
            exc.__cause__ = self.exception(err["cause"], depth + 1, decoder)
        return exc
