"""Parsing submission files once, and turning AST positions into report positions."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from .resolve import Resolver

PYTHON_SUFFIXES = (".py", ".pyi")
# radon's visitors recurse once per AST level; a 400-branch elif chain needs more than
# the default 1000 frames. Python 3.11 keeps Python-to-Python calls off the C stack.
DEEP_RECURSION_LIMIT = 20_000


@contextmanager
def deep_recursion(limit: int = DEEP_RECURSION_LIMIT) -> Iterator[None]:
    """Raise the recursion limit for the duration of an AST walk, then restore it."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


@dataclass
class ParsedFile:
    """A submission file and its AST (None when it does not parse)."""

    path: str
    text: str
    tree: ast.Module | None
    error: str | None = None
    _lines: list[str] | None = field(default=None, repr=False)
    _resolver: Resolver | None = field(default=None, repr=False)

    @property
    def resolver(self) -> Resolver:
        """Name resolution for this file, built once and shared by rules and tamper."""
        assert self.tree is not None, "a file that did not parse has no resolver"
        if self._resolver is None:
            self._resolver = Resolver(self.tree)
        return self._resolver

    def col(self, node: ast.AST) -> int:
        """1-based character column of `node` (ast offsets count UTF-8 bytes)."""
        offset = getattr(node, "col_offset", 0)
        if self._lines is None:
            self._lines = self.text.splitlines()
        lineno = getattr(node, "lineno", 1)
        if 0 < lineno <= len(self._lines):
            line = self._lines[lineno - 1]
            if not line.isascii():
                return len(line.encode("utf-8")[:offset].decode("utf-8", "replace")) + 1
        return offset + 1


def normalise(text: str) -> str:
    # A UTF-8 BOM is legal in a .py file but not in a str handed to ast.parse.
    return text[1:] if text.startswith("\ufeff") else text


def parse_file(path: str, text: str) -> ParsedFile:
    text = normalise(text)
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as exc:
        return ParsedFile(path, text, None, f"SyntaxError: {exc.msg} (line {exc.lineno})")
    except (ValueError, RecursionError, MemoryError) as exc:
        # Null bytes raise ValueError; absurd nesting exhausts the parser.
        return ParsedFile(path, text, None, f"{type(exc).__name__}: {exc}")
    return ParsedFile(path, text, tree)


def is_python(path: str) -> bool:
    return path.endswith(PYTHON_SUFFIXES)


def parse_files(files: Mapping[str, str]) -> list[ParsedFile]:
    """Parse the Python files of a submission, in a stable (sorted) order."""
    return [parse_file(path, files[path]) for path in sorted(files) if is_python(path)]
