"""A submission as data: its files read once, checked, never executed here."""

import ast
import hashlib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from grader.errors import BadInput

MAX_FILE_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024
MAX_FILES = 200


class Submission(BaseModel):
    path: str  # as the user named it
    module: str  # the import name the challenge fixes
    kind: Literal["file", "package"]
    files: dict[str, str]  # relative path in the sandbox -> source text

    @property
    def sha256(self) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.files):
            digest.update(name.encode() + b"\0" + self.files[name].encode() + b"\0")
        return digest.hexdigest()


def load_submission(path: str | Path, module: str) -> Submission:
    """Read PATH (a file, or a folder holding the module or being the package)."""
    p = Path(path)
    if not p.exists():
        raise BadInput(f"{path}: no such file or directory")
    if p.is_file():
        return Submission(path=str(path), module=module, kind="file",
                          files={f"{module}.py": _read(p)})
    if not p.is_dir():
        raise BadInput(f"{path}: not a regular file or directory")
    if (p / "__init__.py").is_file():
        return _package(path, p, module)
    if (p / f"{module}.py").is_file():
        return Submission(path=str(path), module=module, kind="file",
                          files={f"{module}.py": _read(p / f"{module}.py")})
    if (p / module / "__init__.py").is_file():
        return _package(path, p / module, module)
    candidates = [f for f in p.glob("*.py") if not f.name.startswith("test_")]
    if len(candidates) == 1:
        return Submission(path=str(path), module=module, kind="file",
                          files={f"{module}.py": _read(candidates[0])})
    raise BadInput(f"{path}: a directory without the expected module: put the answer in "
                   f"{module}.py or {module}/__init__.py (or make the folder a package)")


def _package(path, folder: Path, module: str) -> Submission:
    files, total = {}, 0
    for f in sorted(folder.rglob("*.py")):
        parts = f.relative_to(folder).parts
        if any(part.startswith(".") or part == "__pycache__" for part in parts):
            continue
        if f.is_symlink():
            raise BadInput(f"{f}: symbolic links are not accepted in a submission")
        text = _read(f)
        total += len(text.encode())
        if len(files) >= MAX_FILES or total > MAX_TOTAL_BYTES:
            raise BadInput(f"{path}: too large (over {MAX_FILES} files or "
                           f"{MAX_TOTAL_BYTES // 1024 // 1024} MB of source)")
        files[f"{module}/{f.relative_to(folder).as_posix()}"] = text
    return Submission(path=str(path), module=module, kind="package", files=files)


def _read(f: Path) -> str:
    try:
        size = f.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadInput(f"{f}: {size / 1024 / 1024:.1f} MB is over the "
                           f"{MAX_FILE_BYTES // 1024 // 1024} MB limit for a source file")
        data = f.read_bytes()
    except OSError as exc:
        raise BadInput(f"{f}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")  # a BOM is harmless; drop it
    except UnicodeDecodeError as exc:
        raise BadInput(f"{f}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                       f"{exc.start}); save the file as UTF-8") from None


def syntax_problem(sub: Submission) -> str | None:
    """'file, line N: message' for the first file Python cannot parse, else None."""
    for name, text in sub.files.items():
        try:
            ast.parse(text, filename=name)
        except SyntaxError as exc:
            return f"{name}, line {exc.lineno}: {exc.msg}"
        except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
            return f"{name}: {exc}"
    return None
