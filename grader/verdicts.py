"""The verdict names shared by tests, probes and whole submissions."""

from enum import StrEnum


class Verdict(StrEnum):
    PASSED = "passed"
    FAILED = "failed"  # wrong answer
    ERROR = "error"  # the submission raised
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory-limit"
    CRASHED = "crashed"  # the worker died or broke the protocol
    REJECTED = "rejected"  # syntax error, missing name, static rule
    INTERNAL_ERROR = "internal-error"  # the grader's own fault, never the candidate's
    SKIPPED = "skipped"  # a test its author skipped: never a verdict on the submission
    # Overall only: every test passed and nothing failed, but a probe stayed too noisy to
    # call after its retries; the grader could not reach a verdict (never a pass).
    INCONCLUSIVE = "inconclusive"


# When tests disagree, the overall verdict names the most serious problem.
SEVERITY = [
    Verdict.INTERNAL_ERROR,
    Verdict.REJECTED,
    Verdict.CRASHED,
    Verdict.MEMORY_LIMIT,
    Verdict.TIMEOUT,
    Verdict.ERROR,
    Verdict.FAILED,
    Verdict.INCONCLUSIVE,
    Verdict.PASSED,
]


def worst(verdicts) -> Verdict:
    """The most serious verdict of several; `passed` when there are none (skipped tests
    are not in SEVERITY: they neither pass nor fail a submission)."""
    found = set(verdicts)
    return next((v for v in SEVERITY if v in found), Verdict.PASSED)


class ProbeVerdict(StrEnum):
    """What one complexity probe concluded."""

    PASSED = "passed"
    FAILED = "failed"  # grows faster than expected, far slower, or wrong while measured
    INCONCLUSIVE = "inconclusive"  # too noisy to call, even after its retries
