"""Every clause of the catalog is held by a hidden test, a known-bad, a probe or a rule.

hidden_tests/<id>/coverage.toml maps the challenge's catalog entry, clause by clause, to what
catches an answer that breaks it (grader/bank/coverage.py; docs/adding-a-challenge.md).
A clause with nothing behind it, a name that does not exist, or a challenge without a map
fails here, fast and without Docker; `grader validate` reports the same gaps.
"""

import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import REPO

from grader.bank import Bank
from grader.bank.coverage import (
    catalog_entries,
    coverage_problems,
    hidden_test_names,
    load_coverage,
    misquoted_clauses,
)
from grader.verdicts import Verdict

BANK = Bank()
# The catalog is the shared contract, kept beside the checkout (shared/catalog.md).
CATALOG = Path(os.environ.get("GRADER_CATALOG", REPO.parent / "shared" / "catalog.md"))


def _catalog() -> dict[str, str]:
    if not CATALOG.is_file():
        pytest.skip(f"no catalog at {CATALOG} (set GRADER_CATALOG)")
    return catalog_entries(CATALOG.read_text(encoding="utf-8"))


def _conventions() -> str:
    """The rules every entry inherits ("Inputs are never mutated ..."), before Part A."""
    return CATALOG.read_text(encoding="utf-8").split("\n## ", 1)[0]


@pytest.mark.parametrize("challenge_id", BANK.ids())
def test_every_clause_is_held(challenge_id):
    problems = coverage_problems(BANK.load(challenge_id))
    assert not problems, f"{challenge_id}: " + "; ".join(problems)


@pytest.mark.parametrize("challenge_id", BANK.ids())
def test_clauses_quote_the_catalog(challenge_id):
    """The map quotes the entry's own words, so a reader can find each clause in it."""
    entry = _catalog().get(challenge_id)
    assert entry is not None, f"{challenge_id} has no catalog entry"
    cmap = load_coverage(BANK.load(challenge_id))
    if cmap is None:
        pytest.fail(f"{challenge_id}: no coverage map")
    wrong = misquoted_clauses(cmap, entry + "\n" + _conventions())
    assert not wrong, f"{challenge_id}: clauses not quoting the catalog: {wrong}"


def test_every_catalog_entry_is_a_challenge():
    assert sorted(_catalog()) == BANK.ids()


# -- the checker itself ----------------------------------------------------------------------
@pytest.fixture
def trie_bank(tmp_path):
    for part in ("challenges", "hidden_tests"):
        shutil.copytree(REPO / part / "trie", tmp_path / part / "trie")
    return tmp_path


def _problems(root: Path, coverage: str | None) -> list[str]:
    path = root / "hidden_tests/trie/coverage.toml"
    if coverage is None:
        path.unlink(missing_ok=True)
    else:
        path.write_text(coverage)
    return coverage_problems(Bank(root).load("trie"))


def test_checker_accepts_a_held_and_an_open_clause(trie_bank):
    assert _problems(trie_bank, """
[[clause]]
id = "search"
catalog = "search(word) -> bool"
tests = ["test_search_finds_inserted_words"]
known_bad = ["search_ignores_word_end.py"]
probes = ["search-vs-stored-words"]

[[clause]]
id = "others"
catalog = "the rest"
known_bad = ["empty_prefix_true_on_empty_trie.py", "empty_word_ignored.py",
             "search_creates_nodes.py", "search_scans_word_list.py",
             "words_in_insertion_order.py"]

[[clause]]
id = "choice"
catalog = "anything"
open = true
""") == []


@pytest.mark.parametrize("clause, problem", [
    ('tests = []', "clause c: no test, known-bad, probe or rule holds it"),
    ('tests = ["test_not_there"]', "clause c: no test 'test_not_there'"),
    ('known_bad = ["gone.py"]', "clause c: no known-bad 'gone.py'"),
    ('probes = ["nope"]', "clause c: no probe 'nope'"),
    ('rules = ["nope"]', "clause c: no rule 'nope'"),
    ('open = true\ntests = ["test_starts_with"]', "clause c: open, yet held by"),
])
def test_checker_names_what_is_wrong(trie_bank, clause, problem):
    got = _problems(trie_bank, f'[[clause]]\nid = "c"\ncatalog = "x y z"\n{clause}\n')
    about_c = [g for g in got if g.startswith("clause c:")]
    assert len(about_c) == 1 and about_c[0].startswith(problem), got


def test_checker_names_a_known_bad_no_clause_holds(trie_bank):
    """Each known-bad, probe and rule names the clause it proves: none is left unmapped."""
    got = _problems(trie_bank, """
[[clause]]
id = "c"
catalog = "x y z"
tests = ["test_starts_with"]
""")
    bad = sorted(p.name for p in (trie_bank / "hidden_tests/trie/known_bad").glob("*.py"))
    assert got == [f"known-bad {n!r}: holds no clause" for n in bad] + [
        "probe 'search-vs-stored-words': holds no clause"]


def test_checker_fails_without_a_map_or_with_a_malformed_one(trie_bank):
    assert _problems(trie_bank, None)[0].startswith("no coverage map")
    assert _problems(trie_bank, "") == ["the coverage map lists no clause"]
    got = _problems(trie_bank, '[[clause]]\nid = "c"\ncatalog = "x y z"\ntest = ["a"]\n')
    assert "coverage.toml" in got[0] and "test" in got[0]


def test_test_names_are_read_statically(tmp_path):
    (tmp_path / "test_a.py").write_text(
        "import not_installed_anywhere\n"
        "def test_one(): pass\n"
        "def helper(): pass\n"
        "class TestGroup:\n    def test_two(self): pass\n")
    assert hidden_test_names(tmp_path) == {"test_one", "TestGroup::test_two"}


def test_misquoted_clause_is_named():
    from grader.bank.coverage import CoverageMap

    cmap = CoverageMap.model_validate({"clause": [
        {"id": "ok", "catalog": "returns  `[]`", "open": True},
        {"id": "parts", "catalog": "Empty `nums` ... raises ValueError", "open": True},
        {"id": "made-up", "catalog": "returns None", "open": True}]})
    entry = "Empty `nums`\nreturns `[]`; `k < 1` raises ValueError."
    assert misquoted_clauses(cmap, entry) == ["made-up"]


def test_validate_reports_clauses_without_a_test(monkeypatch, trie_bank):
    """`grader validate` lists the gaps among its problems, so a challenge is not proven."""
    from grader import validate

    (trie_bank / "hidden_tests/trie/coverage.toml").write_text(
        '[[clause]]\nid = "empty-prefix"\ncatalog = "x y z"\n')
    (trie_bank / "hidden_tests/trie/known_bad").mkdir(exist_ok=True)
    for bad in (trie_bank / "hidden_tests/trie/known_bad").glob("*.py"):
        bad.unlink()

    def fake_grade(bank, challenge_id, path, options):
        verdict = Verdict.PASSED if "reference" in str(path) else Verdict.FAILED
        return SimpleNamespace(verdict=verdict, tests=[], complexity=[], reason="", score=0.0)

    monkeypatch.setattr(validate, "grade", fake_grade)
    bank = Bank(trie_bank)
    result = validate.validate_challenge(bank, bank.load("trie"), "local")
    assert "coverage: clause empty-prefix: no test, known-bad, probe or rule holds it" in \
        result.problems, result.problems
    assert all(p.startswith("coverage: ") for p in result.problems), result.problems
