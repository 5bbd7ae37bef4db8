"""The score: each stage's share, weighted by the challenge (see docs/scoring.md)."""

from grader.bank.spec import Weights
from grader.report.model import ComplexityResult, ScoreBreakdown, TestResult
from grader.verdicts import ProbeVerdict, Verdict


def correctness_share(tests: list[TestResult]) -> float:
    # No test could run (the submission failed to import): none passed. It never drops out.
    # A test its author skipped counts neither way.
    tests = [t for t in tests if t.verdict != Verdict.SKIPPED]
    return sum(t.verdict == Verdict.PASSED for t in tests) / len(tests) if tests else 0.0


def complexity_share(probes: list[ComplexityResult]) -> float | None:
    # An inconclusive probe neither adds nor subtracts.
    conclusive = [p for p in probes if p.verdict != ProbeVerdict.INCONCLUSIVE]
    if not conclusive:
        return None
    return sum(p.verdict == ProbeVerdict.PASSED for p in conclusive) / len(conclusive)


def score(verdict: Verdict, tests: list[TestResult], probes: list[ComplexityResult],
          quality: float | None, weights: Weights) -> tuple[float, ScoreBreakdown]:
    """0..100; stages that did not run drop out and the others are reweighted."""
    shares = {"correctness": correctness_share(tests), "complexity": complexity_share(probes),
              "quality": quality}
    breakdown = ScoreBreakdown(**shares, weights=weights.model_dump())
    if verdict in (Verdict.REJECTED, Verdict.INTERNAL_ERROR):
        return 0.0, breakdown
    used = {k: getattr(weights, k) for k, v in shares.items() if v is not None}
    total = sum(used.values())
    if not total:
        return 0.0, breakdown
    value = 100 * sum(shares[k] * w for k, w in used.items()) / total
    return round(value, 1), breakdown
