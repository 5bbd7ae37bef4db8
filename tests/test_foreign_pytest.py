"""pytest semantics as a test's author meant them: skipped tests are skipped (never a verdict
on the submission), both file patterns are collected, helper modules beside the tests
import, a test file that cannot be imported is the grader's internal error naming it, and
--bank is accepted after the subcommand."""

import json
import textwrap
from pathlib import Path

from conftest import REPO

SUITE = '''\
import unittest

import pytest
from shout import shout
from test_utils import expected_for


class ShoutTest(unittest.TestCase):
    def test_shout(self):
        self.assertEqual(shout("hi"), expected_for("hi"))

    @unittest.skip("extra credit")
    def test_extra(self):
        self.assertEqual(shout("x"), "not what it says")


@pytest.mark.skipif(True, reason="not on this track")
def test_skipif():
    assert shout("a") == "never"


@pytest.mark.xfail(reason="a known limitation")
def test_xfail():
    assert shout("a") == "wrong"
'''


def make_bank(root: Path, challenge: str, tests: dict[str, str], reference: str,
              stub: str = "def shout(text):\n    pass\n", extra_spec: str = "") -> Path:
    """A one-challenge bank of the usual shape; `tests` go to hidden_tests/<id>/."""
    module = challenge.replace("-", "_")
    public = root / "challenges" / challenge
    hidden = root / "hidden_tests" / challenge
    (public / "examples").mkdir(parents=True)
    hidden.mkdir(parents=True)
    (public / "challenge.toml").write_text(textwrap.dedent(f'''\
        id = "{challenge}"
        title = "{challenge}"
        difficulty = "easy"
        module = "{module}"
        required = ["shout"]
        ''') + extra_spec)
    (public / "prompt.md").write_text("Shout.\n")
    (public / "stub.py").write_text(stub)
    for name, text in tests.items():
        (hidden / name).write_text(text)
    (hidden / "reference.py").write_text(reference)
    return root


REFERENCE = "def shout(text):\n    return text.upper() + '!'\n"
HELPER = "def expected_for(text):\n    return text.upper() + '!'\n"


def grade_json(run, bank: Path, path: Path, *extra: str):
    result = run("grade", "shout", str(path), "--bank", str(bank), "--sandbox", "local",
                 "--format", "json", "--audience", "reviewer", "--probes", "off",
                 "--quality", "off", *extra)
    return result, (result.json if result.out.startswith("{") else None)


def test_skipped_tests_are_shown_and_count_neither_way(run, tmp_path):
    bank = make_bank(tmp_path / "bank", "shout", {"shout_test.py": SUITE,
                                                  "test_utils.py": HELPER}, REFERENCE)
    answer = tmp_path / "shout.py"
    answer.write_text(REFERENCE)
    result, report = grade_json(run, bank, answer)
    assert result.code == 0, result
    verdicts = {t["name"].split("::")[-1]: t["verdict"] for t in report["tests"]}
    assert verdicts == {"test_shout": "passed", "test_extra": "skipped",
                        "test_skipif": "skipped", "test_xfail": "skipped"}, verdicts
    messages = {t["name"].split("::")[-1]: t["message"] for t in report["tests"]}
    assert messages["test_extra"] == "extra credit"
    assert messages["test_skipif"] == "not on this track"
    assert "a known limitation" in messages["test_xfail"]
    assert report["verdict"] == "passed" and report["score_breakdown"]["correctness"] == 1.0
    assert report["reason"] == "1 of 1 tests passed (3 skipped by their author)"

    # Every format shows them.
    text = run("grade", "shout", str(answer), "--bank", str(bank), "--sandbox", "local",
               "--probes", "off", "--quality", "off")
    assert "Skipped" in text.out and "test_extra" in text.out and "extra credit" in text.out
    junit = run("grade", "shout", str(answer), "--bank", str(bank), "--sandbox", "local",
                "--probes", "off", "--quality", "off", "--format", "junit")
    assert junit.out.count("<skipped") == 3 and 'skipped="3"' in junit.out, junit.out
    for fmt in ("markdown", "html"):
        shown = run("grade", "shout", str(answer), "--bank", str(bank), "--sandbox", "local",
                    "--probes", "off", "--quality", "off", "--format", fmt)
        assert "1 of 1 passed, 3 skipped" in shown.out and "test_extra" in shown.out, fmt
    gradescope = json.loads(run("grade", "shout", str(answer), "--bank", str(bank),
                                "--sandbox", "local", "--probes", "off", "--quality", "off",
                                "--format", "gradescope").out)
    skipped = [t for t in gradescope["tests"] if "skipped" in t["tags"]]
    assert len(skipped) == 3 and all("max_score" not in t for t in skipped)
    exercism = json.loads(run("grade", "shout", str(answer), "--bank", str(bank),
                              "--sandbox", "local", "--probes", "off", "--quality", "off",
                              "--format", "exercism").out)
    assert exercism["status"] == "pass"
    assert sum((t["message"] or "").startswith("skipped") for t in exercism["tests"]) == 3

    # A wrong answer still fails on the tests that ran; the skipped ones do not rescue it.
    wrong = tmp_path / "wrong" / "shout.py"
    wrong.parent.mkdir()
    wrong.write_text("def shout(text):\n    return text\n")
    result, report = grade_json(run, bank, wrong)
    assert result.code == 1 and report["verdict"] == "failed", result
    assert report["score_breakdown"]["correctness"] == 0.0


def test_a_suite_whose_every_test_was_skipped_proves_nothing(run, tmp_path):
    bank = make_bank(tmp_path / "bank", "shout", {"shout_test.py": (
        "import pytest\n\n@pytest.mark.skip(reason='later')\ndef test_a():\n    pass\n")},
        REFERENCE)
    answer = tmp_path / "shout.py"
    answer.write_text(REFERENCE)
    result, report = grade_json(run, bank, answer)
    assert result.code == 3 and report["verdict"] == "internal-error", result
    assert report["reason"] == "every test was skipped by its author"


def test_a_skip_raised_by_the_submission_is_its_error(run, tmp_path):
    bank = make_bank(tmp_path / "bank", "shout", {"shout_test.py": SUITE,
                                                  "test_utils.py": HELPER}, REFERENCE)
    answer = tmp_path / "shout.py"
    answer.write_text("import unittest\n\ndef shout(text):\n"
                      "    raise unittest.SkipTest('nothing to see')\n")
    result, report = grade_json(run, bank, answer)
    assert result.code == 1, result
    verdicts = {t["name"].split("::")[-1]: t["verdict"] for t in report["tests"]}
    assert verdicts["test_shout"] == "error", verdicts
    assert report["verdict"] == "error"


def test_a_test_file_that_cannot_be_imported_is_an_internal_error_naming_it(run, tmp_path):
    """It was pytest's Interrupted, turned into "grader: interrupted" and exit 130."""
    bank = make_bank(tmp_path / "bank", "shout", {
        "shout_test.py": SUITE, "test_utils.py": HELPER,
        "broken_test.py": "import a_module_nobody_wrote\n\ndef test_x():\n    pass\n"},
        REFERENCE)
    answer = tmp_path / "shout.py"
    answer.write_text(REFERENCE)
    result, report = grade_json(run, bank, answer)
    assert result.code == 3, result
    assert "interrupted" not in result.err
    (broken,) = [t for t in report["tests"] if t["verdict"] == "internal-error"]
    assert "broken_test.py" in broken["message"], broken
    assert "No module named 'a_module_nobody_wrote'" in broken["message"], broken
    # The other file still ran.
    assert any(t["verdict"] == "passed" for t in report["tests"])


def test_bank_after_the_subcommand_wins(run, tmp_path):
    bank = make_bank(tmp_path / "bank", "shout", {"test_shout.py": (
        "from shout import shout\n\ndef test_shout():\n    assert shout('a') == 'A!'\n")},
        REFERENCE)
    listed = run("list", "--bank", str(bank))
    assert listed.code == 0 and listed.out.startswith("shout"), listed
    both = run("--bank", str(REPO), "list", "--bank", str(bank))
    assert both.code == 0 and both.out.startswith("shout"), both
    env = run("list", "--bank", str(bank), env={"GRADER_BANK": str(REPO)})
    assert env.out.startswith("shout"), env
    assert run("list", env={"GRADER_BANK": str(bank)}).out.startswith("shout")
