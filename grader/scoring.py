"""The score: correctness first, then each stage's share by the challenge's weights (see
docs/scoring.md)."""

import math

from grader.bank.spec import Weights
from grader.report.model import ComplexityResult, ScoreBreakdown, TestResult
from grader.verdicts import ProbeVerdict, Verdict


def counted_tests(tests: list[TestResult]) -> list[TestResult]:
    # A test its author skipped counts neither way.
    return [t for t in tests if t.verdict != Verdict.SKIPPED]


def correctness_share(tests: list[TestResult]) -> float:
    # No test could run (the submission failed to import): none passed. It never drops out.
    tests = counted_tests(tests)
    return sum(t.verdict == Verdict.PASSED for t in tests) / len(tests) if tests else 0.0


def passed_every_test(tests: list[TestResult]) -> bool:
    tests = counted_tests(tests)
    return bool(tests) and all(t.verdict == Verdict.PASSED for t in tests)


def complexity_share(probes: list[ComplexityResult]) -> float:
    """Passed probes over counted ones. Probes that never ran (the tests failed first) earn
    nothing; nor does a probe that stayed inconclusive: its complexity was never shown. An
    advisory probe that stayed inconclusive drops out, since it could not have failed."""
    counted = [p for p in probes if not (p.advisory and p.verdict == ProbeVerdict.INCONCLUSIVE)]
    return sum(p.verdict == ProbeVerdict.PASSED for p in counted) / len(counted) if counted \
        else 0.0


def score(verdict: Verdict, tests: list[TestResult], probes: list[ComplexityResult],
          quality: float | None, weights: Weights, probes_planned: bool = False,
          ) -> tuple[float, ScoreBreakdown]:
    """0..100, correctness first: an answer that fails a hidden test scores below every answer
    that passes them all, whatever its complexity and quality.

    A stage the grade leaves out for every answer alike (probes off or none in the challenge,
    quality off) drops out and the others are reweighted; a stage the answer did not reach
    (probes skipped because a test failed) earns nothing. `probes_planned`: this grade runs
    probes for an answer that passes its tests."""
    shares = {"correctness": correctness_share(tests),
              "complexity": complexity_share(probes) if probes_planned else None,
              "quality": quality}
    used = {k: getattr(weights, k) for k, v in shares.items() if v is not None}
    total = sum(used.values())
    # The least an answer passing every test can score: all of correctness, nothing else.
    floor = 100 * used["correctness"] / total if total else 0.0
    scale = 1.0 if passed_every_test(tests) else floor / 100
    breakdown = ScoreBreakdown(**shares, weights=weights.model_dump(), scale=scale)
    if verdict in (Verdict.REJECTED, Verdict.INTERNAL_ERROR) or not total:
        return 0.0, breakdown
    value = 100 * sum(shares[k] * w for k, w in used.items()) / total
    if passed_every_test(tests):
        return round(value, 1), breakdown
    # Scaled into [0, floor): the weights still order the answers that fail a test, and
    # rounding down (and one step under the floor's rounding) keeps them strictly below.
    scaled = math.floor(round(value * scale * 10, 6)) / 10
    return max(0.0, min(scaled, round(floor, 1) - 0.1)), breakdown
