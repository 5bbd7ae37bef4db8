"""The score orders answers correctness first, over real grades of the bank (issue 16): every
known-bad that fails a hidden test scores below every answer that passes them all (the
reference, the answers written from the catalog, and known-bads a probe or nothing but a
probe catches), whatever their complexity and quality. The formula itself, on every
combination of weights and shares, is tests/test_scoring.py's."""

import pytest
from conftest import REPO

from grader.bank import Bank
from grader.pipeline import GradeOptions, grade
from grader.verdicts import Verdict

BANK = Bank()
# A probe that must catch a known-bad (lru-cache, palindrome), none at all (rate-limiter:
# another floor). An `inconclusive` grade ranks too: its score is a lower bound.
CHALLENGES = ["lru-cache", "palindrome", "rate-limiter"]


def _answers(challenge_id):
    challenge = BANK.load(challenge_id)
    paths = [challenge.reference_path, *(b.path for b in challenge.known_bad)]
    paths += sorted((REPO / "tests" / "answers" / challenge_id).glob("*.py"))
    return paths


@pytest.mark.slow
@pytest.mark.parametrize("challenge_id", CHALLENGES)
def test_every_answer_failing_a_test_scores_below_every_answer_passing_all(challenge_id,
                                                                          docker_ready):
    options = GradeOptions(sandbox="docker", audience="reviewer", probes="quick")
    passing, failing = {}, {}
    for path in _answers(challenge_id):
        report = grade(BANK, challenge_id, path, options)
        if report.verdict in (Verdict.INTERNAL_ERROR, Verdict.REJECTED):
            continue  # no verdict reached, or a broken rule: 0 by design, never ranked
        all_passed = report.tests and all(t.verdict == Verdict.PASSED for t in report.tests)
        (passing if all_passed else failing)[path.name] = report.score
    assert passing and failing, (passing, failing)
    assert any(name.startswith("reference") for name in passing)
    worst_passing = min(passing.values())
    best_failing = max(failing.values())
    assert best_failing < worst_passing, (
        f"{challenge_id}: an answer failing a hidden test scored {best_failing} (of {failing}), "
        f"not below every answer passing them all ({passing})")
