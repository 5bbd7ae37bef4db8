"""Lint with ruff, run as a subprocess on a private copy of the submission.

The copy keeps the submission's own pyproject/ruff.toml out of play (and
`--isolated` ignores any config), so every candidate is linted by the same
rules. `--ignore-noqa` stops a submission from silencing its own findings.
If ruff cannot be found or run, the outcome says so instead of failing the stage.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from grader.report.quality_model import LintFinding, LintOutcome

from .source import ParsedFile

DEFAULT_SELECT = ("E", "F", "W", "B", "UP", "SIM")
LINE_LENGTH = 100
TARGET_VERSION = "py311"
TIMEOUT_SECONDS = 60.0


def find_ruff() -> str | None:
    """The ruff executable: next to this interpreter, from the ruff package, or on PATH."""
    name = "ruff.exe" if os.name == "nt" else "ruff"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    try:
        from ruff.__main__ import find_ruff_bin  # the wheel's own locator

        return os.fsdecode(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        pass
    return shutil.which("ruff")


def _safe_relative(path: str) -> PurePosixPath | None:
    """Submission paths are relative and stay inside the copy; anything else is skipped."""
    rel = PurePosixPath(path.replace("\\", "/"))
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        return None
    return rel


def run_lint(
    parsed_files: Iterable[ParsedFile],
    select: Iterable[str] | None = None,
    line_length: int = LINE_LENGTH,
) -> LintOutcome:
    selected = list(select) if select is not None else list(DEFAULT_SELECT)
    # Files that do not parse are the engine's business; ruff would only repeat it.
    files = [p for p in parsed_files if p.tree is not None]
    if not files:
        return LintOutcome(ran=False, select=selected, notes=["no parsable Python file to lint"])
    ruff = find_ruff()
    if ruff is None:
        return LintOutcome(ran=False, select=selected, notes=["ruff not found; lint skipped"])

    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="quality-lint-") as tmp:
        root = Path(tmp).resolve()
        written: list[str] = []
        for parsed in files:
            rel = _safe_relative(parsed.path)
            if rel is None:
                notes.append(f"{parsed.path}: unsafe path, not linted")
                continue
            target = root.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(parsed.text, encoding="utf-8")
            written.append(rel.as_posix())
        if not written:
            return LintOutcome(ran=False, select=selected, notes=notes)
        command = [
            ruff, "check", "--isolated", "--no-cache", "--no-fix", "--ignore-noqa",
            "--exit-zero", "--output-format", "json",
            "--select", ",".join(selected),
            "--line-length", str(line_length),
            "--target-version", TARGET_VERSION,
            "--", *written,
        ]
        env = {k: v for k, v in os.environ.items() if not k.startswith("RUFF_")}
        try:
            done = subprocess.run(
                command, cwd=root, capture_output=True, text=True,
                timeout=TIMEOUT_SECONDS, env=env, check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            notes.append(f"ruff could not run: {type(exc).__name__}: {exc}")
            return LintOutcome(ran=False, select=selected, notes=notes)
        if done.returncode != 0:
            notes.append(f"ruff exited with {done.returncode}: {done.stderr.strip()[:500]}")
            return LintOutcome(ran=False, select=selected, notes=notes)
        try:
            raw = json.loads(done.stdout or "[]")
        except json.JSONDecodeError:
            notes.append("ruff printed output that is not JSON; lint skipped")
            return LintOutcome(ran=False, select=selected, notes=notes)

    findings = [_finding(item, root) for item in raw]
    findings.sort(key=lambda f: (f.file, f.line, f.col, f.code))
    return LintOutcome(ran=True, select=selected, findings=findings, notes=notes)


def _finding(item: dict, root: Path) -> LintFinding:
    filename = Path(item.get("filename") or "")
    try:
        rel = filename.resolve().relative_to(root).as_posix()
    except ValueError:
        rel = filename.as_posix()
    location = item.get("location") or {}
    return LintFinding(
        file=rel,
        line=int(location.get("row") or 0),
        col=int(location.get("column") or 0),
        code=item.get("code") or "syntax-error",
        message=item.get("message") or "",
    )
