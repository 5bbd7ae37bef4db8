"""How the hidden tests run: the same whatever the user's environment, and pytest's own
failures turned into results rather than lost tests or a traceback on the terminal."""

import shutil

from conftest import REPO

from grader.bank import Bank
from grader.stages.correctness.runner import collect_tests

TRIE_BAD = REPO / "hidden_tests" / "trie" / "known_bad" / "words_in_insertion_order.py"


def bank_copy(tmp_path, challenge: str):
    for part in ("challenges", "hidden_tests"):
        shutil.copytree(REPO / part / challenge, tmp_path / part / challenge)
    return tmp_path / "hidden_tests" / challenge


def test_ci_and_pytest_settings_in_the_environment_do_not_change_a_grade(run):
    """CI=1 made pytest diff two 7,000-item lists on a failed assert, past the 10 s limit
    (timeout and internal-error instead of failed, on CI only); PYTEST_ADDOPTS=-x stopped the
    grade at the first failing test. Neither may reach the hidden tests' pytest."""
    args = ("grade", "trie", str(TRIE_BAD), "--sandbox", "local", "--format", "json",
            "--audience", "reviewer", "--probes", "off")
    plain = run(*args)
    on_ci = run(*args, env={"CI": "1", "BUILD_NUMBER": "7", "PYTEST_ADDOPTS": "-x"})
    assert plain.code == on_ci.code == 1, on_ci
    verdicts = {t["name"]: t["verdict"] for t in on_ci.json["tests"]}
    assert verdicts == {t["name"]: t["verdict"] for t in plain.json["tests"]}
    trie = Bank().load("trie")
    assert len(verdicts) == len(collect_tests(trie.hidden_dir, "trie", trie.spec.harness_module))
    scale = [v for name, v in verdicts.items() if "match_reference" in name]
    assert scale == ["failed", "failed"], verdicts


def test_pytest_failing_internally_is_named_with_its_cause(run, tmp_path):
    """A bank whose test plumbing breaks pytest itself: the grade says internal-error, names
    the test it broke during, and keeps pytest's own traceback for the reviewer."""
    (bank_copy(tmp_path, "lru-cache") / "conftest.py").write_text(
        "def pytest_runtest_logreport(report):\n"
        "    if report.when == 'call':\n"
        "        raise RuntimeError('the bank broke its own reporting')\n")
    result = run("--bank", str(tmp_path), "grade", "lru-cache", str(REPO / "examples" /
                 "lru_cache.py"), "--sandbox", "local", "--format", "json", "--audience",
                 "reviewer", "--probes", "off")
    assert result.code == 3, result
    (broken,) = [t for t in result.json["tests"] if t["verdict"] == "internal-error"]
    assert broken["message"].startswith("the tests could not run: pytest failed internally "
                                        "(during test_lru_cache.py::"), broken["message"]
    assert "the bank broke its own reporting" in broken["details"]
    assert "INTERNALERROR" not in result.err and "Traceback" not in result.err


def test_a_test_pytest_cannot_write_up_keeps_its_own_verdict(run, tmp_path):
    """pytest once failed to write up a test the time limit had cut short (a traceback entry
    without a line number): the whole run stopped and the remaining tests were lost. Now the
    test keeps the verdict of its own exception, and every other test still runs."""
    (bank_copy(tmp_path, "lru-cache") / "conftest.py").write_text(
        "import pytest\n"
        "@pytest.hookimpl(tryfirst=True)\n"
        "def pytest_runtest_makereport(item, call):\n"
        "    if call.when == 'call' and item.name == 'test_get_refreshes_recency':\n"
        "        raise TypeError('no line number')\n")
    bad = REPO / "hidden_tests" / "lru-cache" / "known_bad" / "no_refresh_on_get.py"
    graded = run("--bank", str(tmp_path), "grade", "lru-cache", str(bad), "--sandbox", "local",
                 "--format", "json", "--audience", "reviewer", "--probes", "off")
    plain = run("grade", "lru-cache", str(bad), "--sandbox", "local", "--format", "json",
                "--audience", "reviewer", "--probes", "off")
    assert graded.code == 1, graded
    verdicts = {t["name"]: t["verdict"] for t in graded.json["tests"]}
    assert verdicts == {t["name"]: t["verdict"] for t in plain.json["tests"]}
    (cut,) = [t for t in graded.json["tests"] if t["name"].endswith("test_get_refreshes_recency")]
    assert cut["verdict"] == "failed" and cut["message"], cut
    assert "pytest could not report this test: TypeError: no line number" in cut["details"]
