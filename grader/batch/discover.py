"""Which submissions a batch holds: a challenge and a folder, a roster, or candidate folders."""

import csv
from dataclasses import dataclass
from pathlib import Path

from grader.bank import Bank
from grader.errors import BadInput

IGNORED = {"__pycache__", ".git", ".grader-cache"}


@dataclass(frozen=True)
class Job:
    candidate: str
    challenge: str
    path: Path


def from_folder(bank: Bank, challenge_id: str, folder: Path) -> list[Job]:
    """`grader batch ID DIR`: each .py file or folder in DIR is one candidate's answer."""
    bank.load(challenge_id)  # unknown ids fail here, with suggestions
    _need_dir(folder)
    jobs = [Job(p.stem if p.is_file() else p.name, challenge_id, p)
            for p in sorted(folder.iterdir())
            if p.name not in IGNORED and not p.name.startswith(".")
            and (p.is_dir() or p.suffix == ".py")]
    if not jobs:
        raise BadInput(f"{folder}: no submissions (.py files or folders) found")
    return jobs


def from_candidates(bank: Bank, folder: Path) -> list[Job]:
    """`grader batch DIR`: DIR/<candidate>/<answer named after a challenge id, - or _>."""
    _need_dir(folder)
    names = {}
    for cid in bank.ids():
        for form in (cid, cid.replace("-", "_")):
            names[form] = cid
    jobs = []
    for candidate in sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in IGNORED
                            and not p.name.startswith(".")):
        for entry in sorted(candidate.iterdir()):
            cid = names.get(entry.stem if entry.suffix == ".py" else entry.name)
            if cid:
                jobs.append(Job(candidate.name, cid, entry))
    if not jobs:
        raise BadInput(f"{folder}: no candidate folder holds a file or folder named after a "
                       "challenge id (e.g. alice/lru_cache.py)")
    return jobs


def from_roster(bank: Bank, roster: Path) -> list[Job]:
    """A CSV with the columns candidate, challenge, path (paths relative to the CSV)."""
    try:
        with roster.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{roster}: cannot read the roster: {exc}") from None
    missing = {"candidate", "challenge", "path"} - set(rows[0] if rows else {})
    if missing:
        raise BadInput(f"{roster}: the roster needs the columns candidate, challenge, path "
                       f"(missing: {', '.join(sorted(missing))})")
    jobs = []
    for line, row in enumerate(rows, start=2):
        bank.load(row["challenge"])
        path = (roster.parent / row["path"]).resolve()
        if not path.exists():
            raise BadInput(f"{roster}, line {line}: {row['path']}: no such file or directory")
        jobs.append(Job(row["candidate"], row["challenge"], path))
    return jobs


def _need_dir(folder: Path) -> None:
    if not folder.is_dir():
        raise BadInput(f"{folder}: not a directory")
