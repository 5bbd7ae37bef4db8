"""Which submissions a batch holds: a challenge and a folder, a roster, or candidate folders.

The folders are the candidates': nothing in them is followed. An entry that is a symbolic
link, a FIFO or a device is still listed, so that its row says why it was not graded
(grader/submission/loader.py refuses it); a linked candidate folder is never entered.
"""

import csv
import os
import stat
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
    problem: str = ""  # found unfit while discovering: the row's reason, never graded


def from_folder(bank: Bank, challenge_id: str, folder: Path) -> list[Job]:
    """`grader batch ID DIR`: each .py file or folder in DIR is one candidate's answer."""
    bank.load(challenge_id)  # unknown ids fail here, with suggestions
    _need_dir(folder)
    jobs = [Job(p.name if stat.S_ISDIR(mode) else p.stem, challenge_id, p)
            for p, mode in _entries(folder)
            if stat.S_ISDIR(mode) or p.suffix == ".py"
            or (stat.S_ISLNK(mode) and p.is_dir())]  # a linked folder: listed, then refused
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
    for candidate, mode in _entries(folder):
        if stat.S_ISLNK(mode):  # its answers would be wherever the link points
            jobs.append(Job(candidate.name, "-", candidate, problem="the candidate's folder is "
                            "a symbolic link: not followed"))
            continue
        if not stat.S_ISDIR(mode):
            continue
        for entry, _ in _entries(candidate):
            found = names.get(entry.stem if entry.suffix == ".py" else entry.name)
            if found:
                jobs.append(Job(candidate.name, found, entry))
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
        # Written by the person running the grader: relative to the roster, anywhere; a link at
        # the end is still the candidate's and is refused when read.
        path = Path(os.path.abspath(roster.parent / row["path"]))
        if not os.path.lexists(path):
            raise BadInput(f"{roster}, line {line}: {row['path']}: no such file or directory")
        jobs.append(Job(row["candidate"], row["challenge"], path))
    return jobs


def _entries(folder: Path) -> list[tuple[Path, int]]:
    """(path, mode) of a folder's entries, links not followed; hidden ones and caches left."""
    out = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name in IGNORED or entry.name.startswith("."):
                    continue
                try:
                    out.append((Path(entry.path), entry.stat(follow_symlinks=False).st_mode))
                except OSError:
                    continue
    except OSError as exc:
        raise BadInput(f"{folder}: cannot list: {exc.strerror or exc}") from None
    return sorted(out)


def _need_dir(folder: Path) -> None:
    if not folder.is_dir():
        raise BadInput(f"{folder}: not a directory")
