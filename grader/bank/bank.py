"""Finding and loading challenges in a bank directory.

A bank is any directory holding ``challenges/<id>/`` (spec, prompt, stub,
public examples) and ``hidden_tests/<id>/`` (hidden tests, reference,
known-bad solutions, optional harness). Nothing here runs challenge code.
"""

import difflib
import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from grader.bank.spec import ChallengeSpec
from grader.errors import BadInput, BankError
from grader.shipped import shipped_bank
from grader.tomlfile import load_model
from grader.verdicts import Verdict

SPEC_FILE = "challenge.toml"
HEADER = re.compile(r"^#\s*(expect|caught-by|why):\s*(.+?)\s*$", re.MULTILINE)


def import_bank_module(path: Path):
    """Import a trusted bank file (reference, probe inputs) in the grader's own process."""
    if not path.is_file():
        raise BankError(f"{path}: missing")
    name = f"grader_bank_{path.parent.name.replace('-', '_')}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None  # a .py file always has both
    module = importlib.util.module_from_spec(spec)
    # Registered while it runs: a @dataclass under `from __future__ import annotations` looks
    # its module up in sys.modules (sgf-parsing's reference crashed every grade without).
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


def default_bank_root() -> Path:
    """The bank shipped with the grader (package data, or the checkout's own folders)."""
    return shipped_bank()


@dataclass(frozen=True)
class KnownBad:
    """A wrong solution kept beside the hidden tests, with the verdict it must get."""

    path: Path
    expect: Verdict
    caught_by: str  # the test category (or "probe", "rule") that must catch it
    why: str


@dataclass(frozen=True)
class Challenge:
    spec: ChallengeSpec
    public_dir: Path
    hidden_dir: Path

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def prompt_path(self) -> Path:
        return self.public_dir / "prompt.md"

    @property
    def stub_path(self) -> Path:
        return self.public_dir / "stub.py"

    @property
    def examples_dir(self) -> Path:
        return self.public_dir / "examples"

    @property
    def reference_path(self) -> Path:
        return self.hidden_dir / "reference.py"

    @property
    def harness_path(self) -> Path | None:
        name = self.spec.harness_module
        return self.hidden_dir / f"{name}.py" if name else None

    @cached_property
    def known_bad(self) -> list[KnownBad]:
        return [_read_known_bad(p) for p in sorted((self.hidden_dir / "known_bad").glob("*.py"))]


def _read_known_bad(path: Path) -> KnownBad:
    fields = dict(HEADER.findall(path.read_text(encoding="utf-8")[:2000]))
    try:
        return KnownBad(path, Verdict(fields["expect"]), fields["caught-by"], fields.get("why", ""))
    except (KeyError, ValueError):
        raise BankError(f"{path}: the header must name '# expect: <verdict>' and "
                        "'# caught-by: <category>'") from None


class Bank:
    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root is not None else default_bank_root()
        if not (self.root / "challenges").is_dir():
            raise BadInput(f"{self.root} is not a challenge bank (no challenges/ folder)")
        self._cache: dict[str, Challenge] = {}

    def ids(self) -> list[str]:
        return sorted(p.parent.name for p in (self.root / "challenges").glob(f"*/{SPEC_FILE}"))

    def load(self, challenge_id: str) -> Challenge:
        if challenge_id in self._cache:
            return self._cache[challenge_id]
        public = self.root / "challenges" / challenge_id
        spec_path = public / SPEC_FILE
        if not spec_path.is_file():
            close = difflib.get_close_matches(challenge_id, self.ids(), n=3, cutoff=0.5)
            hint = f" (did you mean {', '.join(close)}?)" if close else " (see `grader list`)"
            raise BadInput(f"unknown challenge {challenge_id!r}{hint}")
        spec = _parse_spec(spec_path)
        if spec.id != challenge_id:
            raise BankError(f"{spec_path}: id {spec.id!r} does not match its folder name")
        challenge = Challenge(spec, public, self.root / "hidden_tests" / challenge_id)
        self._cache[challenge_id] = challenge
        return challenge

    def all(self) -> list[Challenge]:
        return [self.load(i) for i in self.ids()]


def _parse_spec(path: Path) -> ChallengeSpec:
    return load_model(path, ChallengeSpec, BankError)
