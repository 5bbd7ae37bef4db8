"""`grader ci --init`: guess which challenge each file or folder answers.

A file or folder named after a challenge id (with - or _) maps to it;
otherwise the names a Python file defines decide: the challenge whose required
names it defines, when exactly one fits. The source is parsed, never run.
"""

import ast
from pathlib import Path

from grader.bank import Bank
from grader.ci.config import Answer

SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", "tests", "test", ".github"}


def _defined_names(path: Path) -> set[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, ValueError, OSError, RecursionError):
        return set()
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def discover(bank: Bank, root: Path) -> list[Answer]:
    by_name = {}
    for cid in bank.ids():
        by_name[cid] = by_name[cid.replace("-", "_")] = cid
    required = {cid: set(bank.load(cid).spec.required) for cid in bank.ids()}
    answers, taken = [], set()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in SKIP or part.startswith(".") for part in rel.parts) or rel in taken:
            continue
        if any(parent in taken for parent in rel.parents):
            continue
        name = path.stem if path.suffix == ".py" else path.name
        cid = by_name.get(name) if path.is_dir() or path.suffix == ".py" else None
        if cid is None and path.suffix == ".py" and path.is_file():
            defined = _defined_names(path)
            fits = [c for c, req in required.items() if req <= defined]
            cid = fits[0] if len(fits) == 1 else None
        if cid:
            answers.append(Answer(challenge=cid, path=rel.as_posix()))
            taken.add(rel)
    return answers
