"""Every format through the real CLI, and the audience rule end to end.

A candidate must never read a secret test's input, in any format: not in its
message, not in its parametrised name, not in what a submission that prints its
arguments echoed back. A reviewer reads all of it.
"""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from junitparser import JUnitXml

from grader.report.model import Report
from grader.report.render import FORMATS

from .support import REPO, SCHEMAS

pytestmark = pytest.mark.slow  # every test here grades through the CLI, several seconds each

SENTINEL = "SECRET-INPUT-1234"
SECRET_TESTS = f'''"""Secret tests: their inputs must never reach a candidate."""

import pytest
from lru_cache import LRUCache

SENTINEL = "{SENTINEL}"


@pytest.mark.category("trap")
@pytest.mark.secret
def test_secret_key_round_trip():
    cache = LRUCache(2)
    cache.put(SENTINEL, 1)
    assert cache.get(SENTINEL) == 2, f"get({{SENTINEL!r}}) should return 2"


@pytest.mark.category("trap")
@pytest.mark.secret
@pytest.mark.parametrize("key", [SENTINEL])
def test_secret_parametrised(key):
    cache = LRUCache(1)
    cache.put(key, 1)
    assert cache.get(key) == 3, f"get({{key!r}}) should return 3"
'''


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text())


def check_parses(fmt: str, out: str) -> None:
    """The output is what its consumer can read."""
    if fmt == "text":
        assert "\x1b[" not in out  # piped: no colour
        assert out.rstrip().splitlines()[-1].split()[0] in ("PASSED", "FAILED")
    elif fmt == "json":
        Report.model_validate_json(out)
    elif fmt == "junit":
        assert list(JUnitXml.fromstring(out))
    elif fmt == "markdown":
        assert out.startswith("## ") and out.count("<details") == out.count("</details>")
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    elif fmt in ("gradescope", "exercism"):
        jsonschema.validate(json.loads(out), schema(fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_grade_in_every_format(run, fmt):
    result = run("grade", "lru-cache", "examples/lru_cache.py", "--sandbox", "local",
                 "--format", fmt)
    assert result.code == 0, result
    check_parses(fmt, result.out)
    if fmt == "html":
        assert result.out.count("<svg") >= 1  # the complexity plot
    if fmt == "exercism":
        assert json.loads(result.out)["status"] == "pass"


def test_output_file_gets_the_same_report(run, tmp_path):
    target = tmp_path / "report.md"
    result = run("grade", "lru-cache", "examples/lru_cache.py", "--sandbox", "local",
                 "--format", "markdown", "--output", str(target))
    assert result.code == 0, result
    assert result.out == ""
    assert target.read_text(encoding="utf-8").startswith("## ✅ lru-cache")


@pytest.fixture(scope="module")
def secret_bank(tmp_path_factory) -> tuple[Path, Path]:
    """A copy of lru-cache with secret tests, and an answer that prints its arguments."""
    root = tmp_path_factory.mktemp("secret-bank")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "challenges" / "lru-cache", root / "challenges" / "lru-cache",
                    ignore=ignore)
    hidden = root / "hidden_tests" / "lru-cache"
    shutil.copytree(REPO / "hidden_tests" / "lru-cache", hidden, ignore=ignore)
    (hidden / "test_secret_inputs.py").write_text(SECRET_TESTS, encoding="utf-8")
    answer = (REPO / "examples" / "lru_cache.py").read_text(encoding="utf-8").replace(
        "    def put(self, key, value) -> None:\n",
        "    def put(self, key, value) -> None:\n"
        "        if isinstance(key, str):  # echo the (hidden) inputs back\n"
        "            print('put', key, value)\n")
    assert "print('put'" in answer
    submission = root / "lru_cache.py"
    submission.write_text(answer, encoding="utf-8")
    return root, submission


@pytest.mark.parametrize("fmt", FORMATS)
def test_secret_input_reaches_no_candidate(run, secret_bank, fmt):
    bank, submission = secret_bank
    args = ["--bank", str(bank), "grade", "lru-cache", str(submission), "--sandbox", "local",
            "--format", fmt]
    candidate = run(*args)
    assert candidate.code == 1, candidate
    check_parses(fmt, candidate.out)
    assert "test_secret_key_round_trip" in candidate.out  # the name is shown...
    assert SENTINEL not in candidate.out  # ...the input is not
    reviewer = run(*args, "--audience", "reviewer")
    assert reviewer.code == 1, reviewer
    assert SENTINEL in reviewer.out
