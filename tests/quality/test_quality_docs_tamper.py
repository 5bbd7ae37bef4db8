"""Docstring/type-hint shares, and tamper signals for each kind."""

import pytest
from quality_samples import src

from grader.stages.quality import analyze
from grader.stages.quality.docs_typing import docs_typing
from grader.stages.quality.source import parse_files
from grader.stages.quality.tamper import scan_tamper

DOCS_SAMPLE = src('''
    def documented_typed(a: int, *args: int, b: str = "", **kw: object) -> int:
        """Has both."""
        return a


    def untyped(a, b):
        """Docstring but no hints."""
        return a


    def missing_return(a: int):
        return a


    def _private(a):
        return a


    class Stack:
        """Methods: self/cls need no annotation; dunders and private ones are skipped."""

        def __init__(self):
            self.items = []

        def __len__(self):
            return len(self.items)

        def push(self, item: int) -> None:
            """Push."""
            self.items.append(item)

        @classmethod
        def empty(cls) -> "Stack":
            return cls()

        @staticmethod
        def helper(self) -> None:
            return None

        def _grow(self):
            pass


    class _Hidden:
        def visible_name(self) -> None:
            """Not public: the class is private."""


    if True:
        def conditional(x: int) -> int:
            def nested(y):
                return y
            return nested(x)
''')


def test_docs_and_typing_shares():
    docs = docs_typing(parse_files({"m.py": DOCS_SAMPLE}))
    # documented_typed, untyped, missing_return, Stack.push, Stack.empty, Stack.helper, conditional
    assert docs.public_functions == 7
    assert docs.with_docstring == 3
    assert docs.with_type_hints == 4
    assert docs.docstring_share == pytest.approx(3 / 7)
    assert docs.type_hint_share == pytest.approx(4 / 7)
    assert docs.missing_type_hints == [
        "m.py::untyped", "m.py::missing_return", "m.py::Stack.helper"
    ]
    assert "m.py::Stack.empty" in docs.missing_docstring
    assert "m.py::documented_typed" not in docs.missing_docstring


def test_shares_are_none_without_public_functions():
    docs = docs_typing(parse_files({"m.py": "def _f():\n    pass\nX = 1\n"}))
    assert (docs.public_functions, docs.docstring_share, docs.type_hint_share) == (0, None, None)


# kind -> (source, line of the signal)
TAMPER = {
    "sys-modules": ("import sys\nsys.modules['heapq'] = None\n", 2),
    "builtins": ("import builtins\n", 1),
    "gc": ("import gc\ngc.disable()\n", 1),
    "trace-hook": ("import sys\n\nsys.settrace(lambda *a: None)\n", 3),
    "frame-introspection": ("import sys\n\nf = sys._getframe(1).f_back\n", 3),
    "time-patch": ("import time\n\ntime.perf_counter = lambda: 0.0\n", 3),
    "module-patch": ("import random\nrandom.random = lambda: 0.5\n", 2),
    "process-exit": ("import os\nos._exit(0)\n", 2),
    "fork": ("import os\npid = os.fork()\n", 2),
    "process-spawn": ("import subprocess\n", 1),
    "signal": ("import signal\n", 1),
    "ctypes": ("import ctypes\n", 1),
    "atexit": ("import atexit\n", 1),
    "daemon-thread": ("import threading\n\ndef f():\n    threading.Thread(target=f, daemon=True)\n",
                      4),
    "module-level-thread": ("import threading\nt = threading.Thread(target=print)\nt.start()\n", 2),
}


@pytest.mark.parametrize("kind", sorted(TAMPER))
def test_tamper_kind_is_signalled(kind):
    source, line = TAMPER[kind]
    signals = scan_tamper(parse_files({"m.py": source}))
    assert (kind, line) in [(s.kind, s.line) for s in signals], signals


@pytest.mark.parametrize(
    "source, kind, line",
    [
        ("import sys as s\ns.setprofile(None)\n", "trace-hook", 2),
        ("import threading\nthreading.settrace(None)\n", "trace-hook", 2),
        ("from sys import modules\n", "sys-modules", 1),
        ("x = __builtins__\n", "builtins", 1),
        ("import inspect\ninspect.currentframe()\n", "frame-introspection", 2),
        ("from inspect import stack as s\n", "frame-introspection", 1),
        ("def f():\n    import sys\n    return sys._getframe().f_locals\n",
         "frame-introspection", 3),
        ("import time as t\nt.time = lambda: 0\n", "time-patch", 2),
        ("import time\nsetattr(time, 'monotonic', lambda: 0)\n", "time-patch", 2),
        ("from unittest import mock\nmock.patch('time.perf_counter')\n", "time-patch", 2),
        ("import builtins\nbuiltins.len = lambda x: 0\n", "builtins", 2),
        ("def f(t):\n    t.daemon = True\n", "daemon-thread", 2),
    ],
)
def test_tamper_variants(source, kind, line):
    signals = scan_tamper(parse_files({"m.py": source}))
    assert (kind, line) in [(s.kind, s.line) for s in signals], signals


def test_ordinary_code_raises_no_signal():
    source = src("""
        import inspect
        import sys
        import threading
        import time


        def timed(f):
            start = time.perf_counter()
            f()
            return time.perf_counter() - start, sys.argv, inspect.isclass(f)


        def worker():
            threading.Thread(target=print).start()


        if __name__ == "__main__":
            threading.Thread(target=worker).start()
    """)
    assert scan_tamper(parse_files({"m.py": source})) == []


def test_alias_uses_do_not_repeat_the_signal():
    signals = scan_tamper(parse_files({"m.py": "import gc\ngc.collect()\ngc.disable()\n"}))
    assert [(s.kind, s.line) for s in signals] == [("gc", 1)]


def test_tamper_signals_are_never_violations():
    report = analyze({"m.py": TAMPER["gc"][0] + TAMPER["signal"][0]})
    assert {s.kind for s in report.tamper_signals} == {"gc", "signal"}
    assert report.rule_findings == [] and report.suspicious_findings == []
