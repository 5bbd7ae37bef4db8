"""Loading challenge banks: the shipped one, another one, and malformed specs."""

import shutil

import pytest
from conftest import REPO

from grader.bank import Bank
from grader.errors import BadInput, BankError
from grader.verdicts import Verdict


def make_bank(tmp_path, spec_text: str):
    folder = tmp_path / "challenges" / "toy"
    folder.mkdir(parents=True)
    (folder / "challenge.toml").write_text(spec_text)
    return Bank(tmp_path)


def test_shipped_bank_loads_every_challenge():
    bank = Bank()
    assert "lru-cache" in bank.ids()
    for challenge in bank.all():
        assert challenge.prompt_path.is_file() and challenge.stub_path.is_file()
        assert challenge.reference_path.is_file()


def test_malformed_spec_names_file_and_field(tmp_path):
    bank = make_bank(tmp_path, 'id = "toy"\ntitle = "Toy"\ndifficulty = "brutal"\n'
                               'module = "toy"\nrequired = ["f"]\n')
    with pytest.raises(BankError) as info:
        bank.load("toy")
    assert "challenge.toml" in str(info.value) and "difficulty" in str(info.value)


def test_unknown_field_is_an_error_not_ignored(tmp_path):
    bank = make_bank(tmp_path, 'id = "toy"\ntitle = "Toy"\ndifficulty = "easy"\n'
                               'module = "toy"\nrequired = ["f"]\n[limits]\nmemroy_mb = 5\n')
    with pytest.raises(BankError, match="limits.memroy_mb"):
        bank.load("toy")


def test_invalid_toml(tmp_path):
    bank = make_bank(tmp_path, "id = ")
    with pytest.raises(BankError, match="not valid TOML"):
        bank.load("toy")


def test_not_a_bank(tmp_path):
    with pytest.raises(BadInput, match="not a challenge bank"):
        Bank(tmp_path)


def test_known_bad_header_is_required(tmp_path):
    bank = make_bank(tmp_path, 'id = "toy"\ntitle = "Toy"\ndifficulty = "easy"\n'
                               'module = "toy"\nrequired = ["f"]\n')
    bad = tmp_path / "hidden_tests" / "toy" / "known_bad"
    bad.mkdir(parents=True)
    (bad / "x.py").write_text("def f(): pass\n")
    with pytest.raises(BankError, match="expect"):
        _ = bank.load("toy").known_bad


@pytest.mark.slow
def test_another_bank_is_graded_through_the_cli(run, tmp_path):
    """--bank DIR: a private bank of the same shape works like the shipped one."""
    for part in ("challenges", "hidden_tests"):
        shutil.copytree(REPO / part / "lru-cache", tmp_path / part / "my-lru")
    spec = tmp_path / "challenges" / "my-lru" / "challenge.toml"
    spec.write_text(spec.read_text().replace('id = "lru-cache"', 'id = "my-lru"'))
    example = str(REPO / "examples" / "lru_cache.py")
    result = run("--bank", str(tmp_path), "grade", "my-lru", example,
                 "--sandbox", "local", "--format", "json")
    assert result.code == 0, result
    assert result.json["challenge"] == "my-lru"
    listed = run("--bank", str(tmp_path), "list")
    assert listed.out.split()[0] == "my-lru"


def test_validate_measures_an_inconclusive_probe_again_in_full(monkeypatch):
    """A noisy moment is not a broken challenge: validate follows the probe's own advice."""
    from types import SimpleNamespace

    from grader import validate
    from grader.pipeline import GradeOptions

    calls = []

    def fake_grade(bank, challenge_id, path, options):
        calls.append(options.probes)
        verdict = "inconclusive" if options.probes == "quick" else "failed"
        return SimpleNamespace(verdict=Verdict.FAILED,
                               complexity=[SimpleNamespace(verdict=verdict)])

    monkeypatch.setattr(validate, "grade", fake_grade)
    challenge = SimpleNamespace(id="toy")
    report = validate._grade(None, challenge, "x.py", GradeOptions(probes="quick"), Verdict.FAILED)
    assert calls == ["quick", "full"]
    assert report.complexity[0].verdict == "failed"


@pytest.mark.parametrize("expect, graded", [(Verdict.FAILED, 2), (Verdict.TIMEOUT, 1)])
def test_validate_grades_an_unexpected_timeout_again(monkeypatch, expect, graded):
    """A host that stalls for a moment times a test out; a second grade tells it from a
    solution that is really too slow, and a timeout that was expected is not graded twice."""
    from types import SimpleNamespace

    from grader import validate
    from grader.pipeline import GradeOptions

    verdicts = [Verdict.TIMEOUT, Verdict.FAILED]

    def fake_grade(bank, challenge_id, path, options):
        return SimpleNamespace(verdict=verdicts.pop(0), complexity=[])

    monkeypatch.setattr(validate, "grade", fake_grade)
    report = validate._grade(None, SimpleNamespace(id="toy"), "x.py", GradeOptions(), expect)
    assert len(verdicts) == 2 - graded
    assert report.verdict == (Verdict.FAILED if graded == 2 else Verdict.TIMEOUT)


def test_validate_says_which_test_got_the_unexpected_verdict_and_why():
    """CI shows the problem line and little else: it must name the test and the cause."""
    from pathlib import Path
    from types import SimpleNamespace

    from grader.validate import _mismatch

    test = SimpleNamespace(name="trie::test_scale", category="basic",
                           verdict=Verdict.INTERNAL_ERROR,
                           message="the tests could not run: pytest failed internally",
                           details="Traceback ...\nTypeError: unsupported operand")
    report = SimpleNamespace(verdict=Verdict.INTERNAL_ERROR, tests=[test], complexity=[])
    bad = SimpleNamespace(path=Path("words.py"), expect=Verdict.FAILED, caught_by="basic")
    text = _mismatch(bad, report)
    assert text.startswith("words.py: expected failed in basic, got internal-error")
    assert "first: test_scale: the tests could not run" in text
    assert "(TypeError: unsupported operand)" in text
