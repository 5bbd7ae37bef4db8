"""Tamper signals: code that could interfere with the measurement or the harness.

A signal is information for the reviewer, never a violation: `import gc` can be
innocent. Names are resolved through aliases like the rules are (`import sys as
s; s.settrace(f)` is found), and a signal is raised where the name is first
reached, not at every later use of an alias.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.bank.rules import under
from grader.report.quality_model import TamperKind, TamperSignal

from .resolve import Resolver, str_constant
from .source import ParsedFile

# Qualified-name prefix -> kind. Checked in order; the first match wins.
_NAME_KINDS: tuple[tuple[str, TamperKind], ...] = (
    ("sys.modules", "sys-modules"),
    ("sys.settrace", "trace-hook"),
    ("sys.setprofile", "trace-hook"),
    ("sys.monitoring", "trace-hook"),
    ("sys.addaudithook", "trace-hook"),
    ("threading.settrace", "trace-hook"),
    ("threading.setprofile", "trace-hook"),
    ("threading.settrace_all_threads", "trace-hook"),
    ("threading.setprofile_all_threads", "trace-hook"),
    ("sys._getframe", "frame-introspection"),
    ("sys._current_frames", "frame-introspection"),
    # inspect's frame functions only: getattr_static, isclass, signature are everyday tools.
    ("inspect.currentframe", "frame-introspection"),
    ("inspect.stack", "frame-introspection"),
    ("inspect.trace", "frame-introspection"),
    ("inspect.getouterframes", "frame-introspection"),
    ("inspect.getinnerframes", "frame-introspection"),
    ("inspect.getframeinfo", "frame-introspection"),
    ("inspect.getgeneratorlocals", "frame-introspection"),
    ("inspect.getcoroutinelocals", "frame-introspection"),
    ("inspect.getclosurevars", "frame-introspection"),
    ("gc", "gc"),
    ("os._exit", "process-exit"),
    ("os.abort", "process-exit"),
    ("os.kill", "process-exit"),
    ("os.killpg", "process-exit"),
    ("os.fork", "fork"),
    ("os.forkpty", "fork"),
    ("os.register_at_fork", "fork"),
    ("os.system", "process-spawn"),
    ("os.popen", "process-spawn"),
    ("subprocess", "process-spawn"),
    ("multiprocessing", "process-spawn"),
    ("concurrent.futures.ProcessPoolExecutor", "process-spawn"),
    ("signal", "signal"),
    ("ctypes", "ctypes"),
    ("_ctypes", "ctypes"),
    ("cffi", "ctypes"),
    ("atexit", "atexit"),
)
# os.execv, os.spawnl, os.posix_spawnp, ...: families named by prefix, not by dots.
_SPAWN_PREFIXES = ("os.exec", "os.spawn", "os.posix_spawn")
# Frame and code attributes reach the caller's (the harness's) state on any object.
_FRAME_ATTRIBUTES = frozenset(
    {"f_back", "f_locals", "f_globals", "f_builtins", "f_code", "f_trace", "tb_frame",
     "gi_frame", "cr_frame", "ag_frame", "__globals__"}
)
_THREAD_FACTORIES = frozenset(
    {"threading.Thread", "threading.Timer", "_thread.start_new_thread", "_thread.start_new",
     "concurrent.futures.ThreadPoolExecutor"}
)
_PATCHERS = frozenset({"patch", "setattr"})


def name_kind(name: str) -> TamperKind | None:
    if name == "builtins":
        return "builtins"
    for prefix, kind in _NAME_KINDS:
        if under(name, prefix):
            return kind
    if name.startswith(_SPAWN_PREFIXES):
        return "process-spawn"
    return None


class _TamperScan:
    def __init__(self, parsed: ParsedFile, resolver: Resolver) -> None:
        self.parsed = parsed
        self.r = resolver
        self.signals: dict[tuple[str, int], TamperSignal] = {}

    def add(self, kind: TamperKind, node: ast.AST, detail: str) -> None:
        line = getattr(node, "lineno", 1)
        self.signals.setdefault(
            (kind, line), TamperSignal(kind=kind, file=self.parsed.path, line=line, detail=detail)
        )

    def run(self) -> list[TamperSignal]:
        tree = self.parsed.tree
        assert tree is not None
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self._name(alias.name, alias, f"import {alias.name}")
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    name = node.module if alias.name == "*" else f"{node.module}.{alias.name}"
                    self._name(name, alias, f"from {node.module} import {alias.name}")
            elif isinstance(node, ast.Attribute) and node.attr in _FRAME_ATTRIBUTES:
                self.add("frame-introspection", node, f"accesses .{node.attr}")
            elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Delete):
                self._stores(node)
            if isinstance(node, ast.Call):
                self._call(node)
        self._references()
        return list(self.signals.values())

    def _name(self, name: str, node: ast.AST, detail: str) -> None:
        kind = name_kind(name)
        if kind:
            self.add(kind, node, detail)

    def _references(self) -> None:
        for node, pairs in self.r.references():
            for name, base in sorted(pairs):
                kind = name_kind(name)
                # `import gc` was signalled; `gc.collect()` after it adds nothing.
                if kind and name_kind(base) != kind:
                    self.add(kind, node, f"uses {name}")

    def _stores(self, node: ast.Assign | ast.Delete | ast.AugAssign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute):
                self._patched(target.value, target.attr, target)
                if target.attr == "daemon" and _is_true(getattr(node, "value", None)):
                    self.add("daemon-thread", target, "sets .daemon = True")
            elif isinstance(target, ast.Subscript) and "sys.modules" in self.r.qualnames(
                target.value
            ):
                self.add("sys-modules", target, "writes into sys.modules")

    def _patched(self, owner: ast.expr, attr: str, node: ast.AST) -> None:
        """An attribute of an imported module (or of builtins) being replaced."""
        for module in sorted(self.r.qualnames(owner)):
            name = f"{module}.{attr}"
            if under(name, "time"):
                self.add("time-patch", node, f"replaces {name}")
            elif under(name, "builtins"):
                self.add("builtins", node, f"replaces {name}")
            else:
                self.add("module-patch", node, f"replaces {name}")

    def _call(self, node: ast.Call) -> None:
        funcs = self.r.qualnames(node.func)
        args = node.args
        if funcs & {"builtins.setattr", "builtins.delattr"} and len(args) >= 2:
            attr = str_constant(args[1]) or "<computed>"
            self._patched(args[0], attr, node)
        # mock.patch("time.time"), monkeypatch.setattr("time.perf_counter", ...),
        # mock.patch.object(time, "time")
        callee = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        target = str_constant(args[0]) if args else None
        if callee in _PATCHERS and target and under(target, "time"):
            self.add("time-patch", node, f"patches {target}")
        if callee == "object" and args and any(
            under(q, "time") for q in self.r.qualnames(args[0])
        ):
            self.add("time-patch", node, "patches an attribute of time")
        if funcs & _THREAD_FACTORIES:
            daemon = next((k.value for k in node.keywords if k.arg == "daemon"), None)
            if daemon is not None and not _is_false(daemon):
                self.add("daemon-thread", node, "starts a daemon thread")
            if not self.r.in_function(node) and not self.r.under_main_guard(node):
                self.add("module-level-thread", node, "creates a thread at import time")
        if callee == "setDaemon" and args and not _is_false(args[0]):
            self.add("daemon-thread", node, "calls setDaemon(True)")


def _is_true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _is_false(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and not node.value


def scan_tamper(parsed_files: Iterable[ParsedFile]) -> list[TamperSignal]:
    signals: list[TamperSignal] = []
    for parsed in parsed_files:
        if parsed.tree is not None:
            signals += _TamperScan(parsed, parsed.resolver).run()
    return sorted(signals, key=lambda s: (s.file, s.line, s.kind))
