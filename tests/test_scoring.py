"""The score formula of docs/scoring.md: its worked examples and the correctness-first order."""

import itertools

import pytest

from grader.bank.spec import Weights
from grader.report.model import ComplexityResult, TestResult
from grader.scoring import score
from grader.verdicts import Verdict


def results(passed, total):
    return [TestResult(name=f"t{i}", verdict=Verdict.PASSED if i < passed else Verdict.FAILED)
            for i in range(total)]


def probe(verdict, advisory=False):
    return ComplexityResult(probe="p", expected="O(n)", verdict=verdict, advisory=advisory)


def test_worked_example_all_tests_pass():
    value, breakdown = score(Verdict.PASSED, results(14, 14), [probe("passed")], 0.7245,
                             Weights(), probes_planned=True)
    assert value == 97.2
    assert breakdown.scale == 1.0


def test_worked_example_a_test_fails():
    """The probes never ran (a test failed first): they earn nothing, and the whole is
    scaled under 70, the least an answer passing every test scores at 70/20/10."""
    value, breakdown = score(Verdict.FAILED, results(13, 14), [], 0.7245, Weights(),
                             probes_planned=True)
    assert breakdown.complexity == 0.0
    assert breakdown.scale == 0.7
    assert value == 50.5


def test_probes_off_drop_out_for_every_answer():
    value, _ = score(Verdict.PASSED, results(14, 14), [], 0.7245, Weights())
    assert value == round(100 * (70 + 7.245) / 80, 1)


def test_the_issue_ranking_buggy_below_correct_but_slow():
    """Issue 16: a buggy lru-cache scored 78.8 and one failing 2 tests 85.0, both above the
    correct O(n^2) answer's 78.0 (its probe failed)."""
    slow, _ = score(Verdict.FAILED, results(14, 14), [probe("failed")], 0.8, Weights(),
                    probes_planned=True)
    buggy, _ = score(Verdict.FAILED, results(13, 14), [], 1.0, Weights(), probes_planned=True)
    two, _ = score(Verdict.FAILED, results(12, 14), [], 1.0, Weights(), probes_planned=True)
    assert slow == 78.0
    assert buggy < slow and two < buggy


@pytest.mark.slow
def test_correctness_first_over_every_combination():
    """Whatever the weights, stages and shares: any answer failing a test scores below every
    answer passing them all, and within each group a better share never scores lower."""
    weight_sets = [Weights(), Weights(correctness=50, complexity=30, quality=20),
                   Weights(correctness=10, complexity=45, quality=45)]
    qualities = [0.0, 0.33, 0.9, 1.0]
    probe_sets = [[], [probe("passed")], [probe("failed")], [probe("inconclusive")],
                  [probe("passed"), probe("failed")]]
    for weights, planned, quality_on in itertools.product(weight_sets, [True, False],
                                                          [True, False]):
        passing, failing = [], []
        for q, probes in itertools.product(qualities, probe_sets):
            quality = q if quality_on else None
            ran = probes if planned else []
            passing.append(score(Verdict.PASSED, results(1000, 1000), ran, quality, weights,
                                 probes_planned=planned)[0])
            for passed in (0, 1, 500, 999):
                failing.append(score(Verdict.FAILED, results(passed, 1000), [], quality,
                                     weights, probes_planned=planned)[0])
        assert max(failing) < min(passing), (weights, planned, quality_on)


def test_within_the_failing_group_the_weights_still_apply():
    more_tests, _ = score(Verdict.FAILED, results(12, 14), [], 0.2, Weights(),
                          probes_planned=True)
    fewer_tests, _ = score(Verdict.FAILED, results(11, 14), [], 0.2, Weights(),
                           probes_planned=True)
    better_quality, _ = score(Verdict.FAILED, results(12, 14), [], 0.9, Weights(),
                              probes_planned=True)
    assert fewer_tests < more_tests < better_quality


def test_an_inconclusive_probe_earns_nothing_unless_advisory():
    unsure, _ = score(Verdict.INCONCLUSIVE, results(5, 5), [probe("inconclusive")], 1.0,
                      Weights(), probes_planned=True)
    slow, _ = score(Verdict.FAILED, results(5, 5), [probe("failed")], 1.0, Weights(),
                    probes_planned=True)
    advisory, _ = score(Verdict.PASSED, results(5, 5),
                        [probe("passed"), probe("inconclusive", advisory=True)], 1.0,
                        Weights(), probes_planned=True)
    assert unsure == slow == 80.0
    assert advisory == 100.0


def test_rejected_scores_zero():
    assert score(Verdict.REJECTED, results(5, 5), [], 1.0, Weights())[0] == 0.0


def test_a_submission_no_test_could_run_on_gets_no_correctness():
    """An import that crashed used to drop correctness out and score on quality alone
    (54.5 for a file that exits at import)."""
    value, breakdown = score(Verdict.CRASHED, [], [], 0.9, Weights(), probes_planned=True)
    assert breakdown.correctness == 0.0
    assert value == 6.3  # 9 of 100 points (quality), scaled by 0.7
