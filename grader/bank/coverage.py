"""The coverage map: each clause of a challenge's catalog entry and what in the bank holds it.

``hidden_tests/<id>/coverage.toml`` lists the behaviours the catalog pins for the challenge
(a return value, an exception, an edge case, a trap, a rule, a probe), one ``[[clause]]``
table each, quoting the catalog's words and naming the hidden tests, known-bad solutions,
probes and static rules that would catch an answer breaking it. A clause the catalog
leaves to the candidate is ``open = true`` and names nothing: no test may constrain it.

    [[clause]]
    id = "empty-prefix"
    catalog = '`starts_with("")` is True once any word is stored'
    tests = ["test_starts_with_empty_prefix_once_a_word_is_stored"]
    known_bad = ["empty_prefix_true_on_empty_trie.py"]

Everything here is static (the test files are read with ast, nothing is imported), so the
check is cheap enough for `grader validate` and a unit test over the whole bank.
"""

import ast
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from grader.bank.bank import Challenge
from grader.errors import BankError
from grader.tomlfile import load_model

COVERAGE_FILE = "coverage.toml"


class Clause(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="short, unique in the map")
    catalog: str = Field(min_length=3, description="the catalog's own words for the clause")
    tests: list[str] = Field(default_factory=list, description="hidden test function names")
    known_bad: list[str] = Field(default_factory=list, description="files in known_bad/")
    probes: list[str] = Field(default_factory=list, description="probe names in the spec")
    rules: list[str] = Field(default_factory=list, description="rule ids in the spec")
    open: bool = Field(False, description="the candidate's choice: nothing may constrain it")
    note: str = ""

    @property
    def holders(self) -> list[str]:
        return [*self.tests, *self.known_bad, *self.probes, *self.rules]


class CoverageMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    clause: list[Clause] = Field(default_factory=list)


def coverage_path(challenge: Challenge) -> Path:
    return challenge.hidden_dir / COVERAGE_FILE


def load_coverage(challenge: Challenge) -> CoverageMap | None:
    """The challenge's map, or None when it has none yet."""
    path = coverage_path(challenge)
    return load_model(path, CoverageMap, BankError) if path.is_file() else None


def hidden_test_names(hidden_dir: Path) -> set[str]:
    """Names of the hidden tests, read statically: `test_x` functions and `Class::test_x`
    methods (of Test* classes and unittest TestCases) of the `test_*.py` and `*_test.py`
    files (the runner's collection rules)."""
    names: set[str] = set()
    for path in sorted({*hidden_dir.glob("test_*.py"), *hidden_dir.glob("*_test.py")}):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and \
                    node.name.startswith("test"):
                names.add(node.name)
            elif isinstance(node, ast.ClassDef) and (node.name.startswith("Test") or any(
                    ast.unparse(base).endswith("TestCase") for base in node.bases)):
                names.update(f"{node.name}::{item.name}" for item in node.body
                             if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                             and item.name.startswith("test"))
    return names


def uncovered_clauses(challenge: Challenge) -> list[str]:
    """Clause ids that are neither open nor held by anything (or ["(no coverage map)"])."""
    cmap = load_coverage(challenge)
    if cmap is None:
        return ["(no coverage map)"]
    return [c.id for c in cmap.clause if not c.open and not c.holders]


def coverage_problems(challenge: Challenge) -> list[str]:
    """Everything wrong with the map: missing, empty, a clause without holder, an open
    clause that names holders, a name that does not exist in the bank."""
    try:
        cmap = load_coverage(challenge)
    except BankError as exc:
        return [str(exc)]
    if cmap is None:
        return [f"no coverage map ({coverage_path(challenge)})"]
    if not cmap.clause:
        return ["the coverage map lists no clause"]
    problems: list[str] = []
    tests = hidden_test_names(challenge.hidden_dir)
    bad = {p.name for p in (challenge.hidden_dir / "known_bad").glob("*.py")}
    probes = {p.name for p in challenge.spec.probes}
    rules = {r.id for r in challenge.spec.rules}
    seen: set[str] = set()
    for c in cmap.clause:
        if c.id in seen:
            problems.append(f"clause {c.id}: listed twice")
        seen.add(c.id)
        if c.open and c.holders:
            problems.append(f"clause {c.id}: open, yet held by {c.holders}")
        elif not c.open and not c.holders:
            problems.append(f"clause {c.id}: no test, known-bad, probe or rule holds it")
        for kind, named, known in (("test", c.tests, tests), ("known-bad", c.known_bad, bad),
                                   ("probe", c.probes, probes), ("rule", c.rules, rules)):
            problems += [f"clause {c.id}: no {kind} {n!r}" for n in named if n not in known]
    # The other direction: each known-bad, probe and rule says which clause it proves.
    for kind, known, attr in (("known-bad", bad, "known_bad"), ("probe", probes, "probes"),
                              ("rule", rules, "rules")):
        held = {n for c in cmap.clause for n in getattr(c, attr)}
        problems += [f"{kind} {n!r}: holds no clause" for n in sorted(known - held)]
    return problems


def catalog_entries(text: str) -> dict[str, str]:
    """The catalog's entries by challenge id: the text under each `### <id> (...)` heading."""
    parts = re.split(r"^### ([a-z0-9-]+)\b.*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def misquoted_clauses(cmap: CoverageMap, entry: str) -> list[str]:
    """Clause ids whose `catalog` words are not in the entry (whitespace aside; " ... "
    joins fragments quoted from different places of the entry)."""
    flat = " ".join(entry.split())
    return [c.id for c in cmap.clause
            if any(" ".join(part.split()) not in flat for part in c.catalog.split(" ... "))]
