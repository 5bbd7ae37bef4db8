"""The score formula of docs/scoring.md, on its own worked example."""

from grader.bank.spec import Weights
from grader.report.model import ComplexityResult, TestResult
from grader.scoring import score
from grader.verdicts import Verdict


def results(passed, total):
    return [TestResult(name=f"t{i}", verdict=Verdict.PASSED if i < passed else Verdict.FAILED)
            for i in range(total)]


def probe(verdict):
    return ComplexityResult(probe="p", expected="O(n)", verdict=verdict)


def test_worked_example():
    value, breakdown = score(Verdict.FAILED, results(13, 14), [probe("passed")], 0.7245, Weights())
    assert value == 92.2
    assert breakdown.correctness == 13 / 14


def test_stage_that_did_not_run_drops_out():
    value, _ = score(Verdict.FAILED, results(13, 14), [], 0.7245, Weights())
    assert value == 90.3


def test_inconclusive_probe_neither_adds_nor_subtracts():
    with_it, _ = score(Verdict.PASSED, results(5, 5), [probe("inconclusive")], 1.0, Weights())
    without, _ = score(Verdict.PASSED, results(5, 5), [], 1.0, Weights())
    assert with_it == without == 100.0


def test_rejected_scores_zero():
    assert score(Verdict.REJECTED, results(5, 5), [], 1.0, Weights())[0] == 0.0


def test_a_submission_no_test_could_run_on_gets_no_correctness():
    """An import that crashed used to drop correctness out and score on quality alone
    (54.5 for a file that exits at import)."""
    value, breakdown = score(Verdict.CRASHED, [], [], 0.9, Weights())
    assert breakdown.correctness == 0.0
    assert value == round(100 * 0.9 * 10 / 80, 1)
