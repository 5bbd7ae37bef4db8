"""A submission as data: its files read once, checked, never executed here.

The files are the candidate's, not the person's running the grader: a path they
name is opened without following a symbolic link at its end, and nothing inside
a folder is followed either (each file is opened relative to its folder's
descriptor with O_NOFOLLOW). Only regular files are read, with O_NONBLOCK (a FIFO
cannot block the open) and a size bound (a link to /dev/zero, a huge file).
"""

import ast
import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from grader.errors import BadInput

MAX_FILE_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024
MAX_FILES = 200
MAX_DEPTH = 32  # folders inside a package
# Opening never follows the last component nor blocks (a FIFO); O_NONBLOCK is harmless on the
# regular files that are then the only ones read.
_OPEN = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_OPEN_DIR = _OPEN | os.O_DIRECTORY
LINK_REFUSED = ("a symbolic link: the grader reads only regular files from an answer "
                "(name the file it points to, if you trust it)")


class Submission(BaseModel):
    path: str  # as the user named it
    module: str  # the import name the challenge fixes
    kind: Literal["file", "package"]
    files: dict[str, str]  # relative path in the sandbox -> source text

    @property
    def sha256(self) -> str:
        """Over an unambiguous encoding: each name and text by its own digest, so no file's
        content can pose as a file boundary (texts may hold NUL)."""
        digest = hashlib.sha256(b"submission-v2\0")
        for name in sorted(self.files):
            digest.update(hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest())
            digest.update(hashlib.sha256(self.files[name].encode("utf-8",
                                                                 "surrogatepass")).digest())
        return digest.hexdigest()


def load_submission(path: str | Path, module: str) -> Submission:
    """Read PATH (a file, or a folder holding the module or being the package)."""
    p = Path(path)
    mode = _lstat(p, str(path))
    if stat.S_ISLNK(mode):
        raise BadInput(f"{path}: {LINK_REFUSED}")
    if stat.S_ISREG(mode):
        return _single(path, module, _read_at(None, str(p), str(path)))
    if not stat.S_ISDIR(mode):
        raise BadInput(f"{path}: {_not_regular(mode)}")
    with _Dir(None, str(p), str(path)) as folder:
        kinds = folder.entries()
        if kinds.get("__init__.py") is not None:
            return _package(path, folder, module)
        if kinds.get(f"{module}.py") is not None:
            return _single(path, module, folder.read(f"{module}.py"))
        if kinds.get(module) is not None and stat.S_ISDIR(kinds[module]):
            with folder.sub(module) as inner:
                if inner.entries().get("__init__.py") is not None:
                    return _package(path, inner, module)
        candidates = [n for n in sorted(kinds) if n.endswith(".py") and not n.startswith("test_")]
        if len(candidates) == 1:
            return _single(path, module, folder.read(candidates[0]))
    raise BadInput(f"{path}: a directory without the expected module: put the answer in "
                   f"{module}.py or {module}/__init__.py (or make the folder a package)")


def read_answer_file(path: str | Path) -> str:
    """One file found in an answer's folder, read as an answer is: a regular file, not
    through a link at its end, without blocking, bounded."""
    return _read_at(None, str(path), str(path))


def _single(path, module: str, text: str) -> Submission:
    return Submission(path=str(path), module=module, kind="file", files={f"{module}.py": text})


def _package(path, folder: "_Dir", module: str) -> Submission:
    files: dict[str, str] = {}
    total = 0
    for rel in folder.python_files():
        text = folder.read(rel)
        total += len(text.encode("utf-8", "surrogatepass"))
        if len(files) >= MAX_FILES or total > MAX_TOTAL_BYTES:
            raise BadInput(f"{path}: too large (over {MAX_FILES} files or "
                           f"{MAX_TOTAL_BYTES // 1024 // 1024} MB of source)")
        files[f"{module}/{rel}"] = text
    return Submission(path=str(path), module=module, kind="package", files=files)


class _Dir:
    """A folder held open by descriptor: what is read inside it stays inside it."""

    def __init__(self, parent: int | None, name: str, shown: str):
        self.shown = shown
        try:
            self.fd = os.open(name, _OPEN_DIR, dir_fd=parent)
        except OSError as exc:
            raise BadInput(f"{shown}: {_open_problem(exc)}") from None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        os.close(self.fd)

    def sub(self, name: str) -> "_Dir":
        return _Dir(self.fd, name, f"{self.shown}/{name}")

    def entries(self) -> dict[str, int]:
        """{name: mode} of this folder's entries, links not followed."""
        out = {}
        with os.scandir(self.fd) as it:
            for entry in it:
                try:
                    out[entry.name] = entry.stat(follow_symlinks=False).st_mode
                except OSError:
                    continue
        return out

    def read(self, rel: str) -> str:
        *folders, name = rel.split("/")
        if not folders:
            return _read_at(self.fd, name, f"{self.shown}/{name}")
        with self.sub(folders[0]) as inner:
            return inner.read("/".join(folders[1:] + [name]))

    def python_files(self, prefix: str = "", depth: int = 0) -> list[str]:
        """Every .py file below, as relative paths; hidden folders and caches skipped. A .py
        name that is not a regular file is refused; linked folders are not entered."""
        if depth > MAX_DEPTH:
            raise BadInput(f"{self.shown}: folders nested over {MAX_DEPTH} deep")
        found: list[str] = []
        for name, mode in sorted(self.entries().items()):
            if name.startswith(".") or name == "__pycache__":
                continue
            if stat.S_ISDIR(mode):
                if len(found) > MAX_FILES:
                    break
                with self.sub(name) as inner:
                    found += inner.python_files(f"{prefix}{name}/", depth + 1)
            elif name.endswith(".py"):
                if not stat.S_ISREG(mode):
                    raise BadInput(f"{self.shown}/{name}: " + (
                        "symbolic links are not accepted in a submission"
                        if stat.S_ISLNK(mode) else _not_regular(mode)))
                found.append(prefix + name)
        return found


def _lstat(p: Path, shown: str) -> int:
    try:
        return os.lstat(p).st_mode
    except FileNotFoundError:
        raise BadInput(f"{shown}: no such file or directory") from None
    except OSError as exc:
        raise BadInput(f"{shown}: cannot read: {exc.strerror or exc}") from None


def _not_regular(mode: int) -> str:
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode)
            or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a file")
    return f"{kind}, not a regular file or directory"


def _open_problem(exc: OSError) -> str:
    if exc.errno in (errno.ELOOP, errno.EMLINK):
        return LINK_REFUSED
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot read: {exc.strerror or exc}"


def _read_at(dir_fd: int | None, name: str, shown: str) -> str:
    """One regular file, opened without following a link or blocking, read up to the bound."""
    try:
        fd = os.open(name, _OPEN, dir_fd=dir_fd)
    except OSError as exc:
        raise BadInput(f"{shown}: {_open_problem(exc)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(f"{shown}: {_not_regular(info.st_mode)}")
        if info.st_size > MAX_FILE_BYTES:
            raise BadInput(f"{shown}: {info.st_size / 1024 / 1024:.1f} MB is over the "
                           f"{MAX_FILE_BYTES // 1024 // 1024} MB limit for a source file")
        chunks, size = [], 0
        while chunk := os.read(fd, MAX_FILE_BYTES + 1 - size):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_FILE_BYTES:  # it grew while being read
                raise BadInput(f"{shown}: over the {MAX_FILE_BYTES // 1024 // 1024} MB limit "
                               "for a source file")
        data = b"".join(chunks)
    except OSError as exc:
        raise BadInput(f"{shown}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8-sig")  # a BOM is harmless; drop it
    except UnicodeDecodeError as exc:
        raise BadInput(f"{shown}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                       f"{exc.start}); save the file as UTF-8") from None


def syntax_problem(sub: Submission) -> str | None:
    """'file, line N: message' for the first file Python cannot parse, else None."""
    for name, text in sub.files.items():
        # A file is named as the user named it (syntax.py), not by the module it serves as.
        shown = sub.path if sub.kind == "file" and not os.path.isdir(sub.path) else name
        try:
            ast.parse(text, filename=shown)
        except SyntaxError as exc:
            return f"{shown}, line {exc.lineno}: {exc.msg}"
        except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
            return f"{shown}: {exc}"
    return None
