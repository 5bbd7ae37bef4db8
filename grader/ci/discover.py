"""`grader ci --init`: guess which challenge each file or folder answers.

A file or folder named after a challenge id (with - or _) maps to it;
otherwise the names a Python file defines decide: the challenge whose required
names it defines, when exactly one fits. The source is parsed, never run. Symbolic
links are neither followed nor proposed, and only regular files are read (bounded).
"""

import ast
import os
import stat
from pathlib import Path

from grader.bank import Bank
from grader.ci.config import Answer
from grader.errors import BadInput
from grader.submission.loader import read_answer_file

SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", "tests", "test", ".github"}


def _defined_names(path: Path) -> set[str]:
    try:
        tree = ast.parse(read_answer_file(path))
    except (BadInput, SyntaxError, ValueError, RecursionError, MemoryError):
        return set()
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def discover(bank: Bank, root: Path) -> list[Answer]:
    by_name: dict[str, str] = {}
    for known in bank.ids():
        by_name[known] = by_name[known.replace("-", "_")] = known
    required = {cid: set(bank.load(cid).spec.required) for cid in bank.ids()}
    answers = []
    for path, mode in _walk(root, lambda folder: folder.name in by_name):
        rel = path.relative_to(root)
        name = path.stem if path.suffix == ".py" else path.name
        is_dir, is_py = stat.S_ISDIR(mode), stat.S_ISREG(mode) and path.suffix == ".py"
        cid = by_name.get(name) if is_dir or is_py else None
        if cid is None and is_py:
            defined = _defined_names(path)
            fits = [c for c, req in required.items() if req <= defined]
            cid = fits[0] if len(fits) == 1 else None
        if cid:
            answers.append(Answer(challenge=cid, path=rel.as_posix()))
    return answers


def _walk(root: Path, is_answer):
    """(path, mode) below root in sorted order, links not followed; an answer's folder (named
    after a challenge) is yielded and not entered, skipped folders neither."""
    entries = []
    try:
        with os.scandir(root) as it:
            for entry in it:
                if entry.name in SKIP or entry.name.startswith("."):
                    continue
                try:
                    entries.append((Path(entry.path), entry.stat(follow_symlinks=False).st_mode))
                except OSError:
                    continue
    except OSError:
        return
    for path, mode in sorted(entries):
        if stat.S_ISLNK(mode):
            continue
        yield path, mode
        if stat.S_ISDIR(mode) and not is_answer(path):
            yield from _walk(path, is_answer)
