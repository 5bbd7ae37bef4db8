"""Graded reports kept by what decides them: the submission, the challenge, the grader."""

import hashlib
import json
import os
from pathlib import Path

from grader import __version__
from grader.bank import Challenge
from grader.report.model import Report
from grader.verdicts import Verdict


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "grader" / "reports"


def challenge_digest(challenge: Challenge) -> str:
    """Every file of the challenge's two folders: a changed hidden test regrades everything."""
    digest = hashlib.sha256()
    for folder in (challenge.public_dir, challenge.hidden_dir):
        for f in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in
                        p.parts):
            digest.update(str(f.relative_to(folder)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


class ReportCache:
    def __init__(self, folder: Path | None):
        self.folder = folder

    def key(self, submission_sha: str, challenge: Challenge, settings: dict) -> str:
        """submission_sha is Submission.sha256, itself over per-file digests (unambiguous:
        no file's text can pose as the boundary of another); the parts here are joined as a
        JSON list, so none can run into the next either."""
        parts = [submission_sha, challenge_digest(challenge), __version__, settings]
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def get(self, key: str) -> Report | None:
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        try:
            return Report.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, report: Report) -> None:
        if self.folder is None or report.verdict == Verdict.INCONCLUSIVE:
            return  # no verdict was reached: a rerun measures again
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.tmp"
        tmp.write_text(report.model_dump_json(), encoding="utf-8")
        tmp.replace(self.folder / f"{key}.json")  # atomic: a Ctrl-C never leaves half a file
