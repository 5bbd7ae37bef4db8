"""Answers written from the catalog alone pass: the hidden tests judge behaviour, not style.

tests/answers/<challenge>/<style>.py were written against shared/catalog.md and each
challenge's public prompt, stub and examples, by authors who had not read the hidden
tests; each file's first line names its style. A failure here means a hidden test or
probe demands what the catalog leaves open, or the answer is wrong: read its message.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPO, grader

ANSWERS = sorted((REPO / "tests" / "answers").glob("*/*.py"))
JOBS = 3  # grades run side by side: most of a grade is spent starting sandboxes


def _grade(path: Path):
    """Quick probes, three grades at once; a grade a busy machine left inconclusive (no
    verdict, never a pass) is measured again in full, as its reason tells a user to."""
    result = None
    for probes in ("quick", "full"):
        result = grader("grade", path.parent.name, str(path), "--sandbox", "docker",
                        "--format", "json", "--audience", "reviewer", "--probes", probes,
                        timeout=600)
        if not (result.out and result.json["verdict"] == "inconclusive"):
            break
    return result


@pytest.fixture(scope="session")
def graded(docker_ready):
    with ThreadPoolExecutor(JOBS) as pool:
        futures = {path: pool.submit(_grade, path) for path in ANSWERS}
        yield futures


def test_every_part_of_the_bank_has_outside_answers():
    challenges = {p.parent.name for p in ANSWERS}
    bank = {p.name for p in (REPO / "challenges").iterdir() if p.is_dir()}
    assert challenges <= bank, f"answers for unknown challenges: {challenges - bank}"
    assert len(challenges) >= 40, f"only {len(challenges)} challenges have outside answers"
    for path in ANSWERS:
        assert path.read_text(encoding="utf-8").startswith("# style: "), path


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_an_answer_written_from_the_catalog_passes(path, graded):
    result = graded[path].result()
    assert result.out, result
    report = result.json
    failing = [f"{t['name']} [{t['category']}]: {t['verdict']}: {t.get('message', '')[:400]}"
               for t in report["tests"] if t["verdict"] != "passed"]
    probes = [f"{p['probe']}: {p['verdict']} ({p.get('note', '')})"
              for p in report["complexity"] if p["verdict"] != "passed"]
    assert report["verdict"] == "passed", "\n".join(
        [f"{report['verdict']}: {report['reason']}", *failing, *probes])
    assert result.code == 0, result
