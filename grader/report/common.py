"""What every renderer needs: grouping, units, score rows. Pure functions of the Report."""

import math
from dataclasses import dataclass

from grader.bank.complexity import CLASSES
from grader.report.model import ComplexityResult, Report, TestResult
from grader.verdicts import SEVERITY, Verdict

STAGES = ("correctness", "complexity", "quality")
# What a verdict means to a reader, in a few words.
VERDICT_WORDS = {
    Verdict.PASSED: "passed",
    Verdict.FAILED: "wrong answer",
    Verdict.ERROR: "the submission raised",
    Verdict.TIMEOUT: "took too long",
    Verdict.MEMORY_LIMIT: "used too much memory",
    Verdict.CRASHED: "the worker died",
    Verdict.REJECTED: "rejected before running",
    Verdict.INTERNAL_ERROR: "the grader's own fault",
    Verdict.SKIPPED: "skipped by the test's author",
    Verdict.INCONCLUSIVE: "no verdict: a probe too noisy to call",
}


def short_name(name: str) -> str:
    """'test_lru.py::TestX::test_y[3]' -> 'TestX::test_y[3]': the file is the challenge's."""
    return name.split("::", 1)[1] if "::" in name else name


def reviewer(report: Report) -> bool:
    """Reviewer-only detail (tracebacks, tamper signals) is shown only for this audience."""
    return report.audience == "reviewer"


def extra_details(report: Report, t: TestResult) -> str:
    """Reviewer-only detail beyond the message ("" for candidates, or when it adds nothing).

    The test stage often starts `details` with the message itself; that copy is dropped.
    """
    if not reviewer(report):
        return ""
    details, message = t.details.strip("\n"), t.message.strip()
    if message and details.startswith(message):
        details = details[len(message):].strip("\n")
    return details if details.strip() else ""


def full_message(report: Report, t: TestResult) -> str:
    """The message, then (for reviewers) the details it does not already say."""
    extra = extra_details(report, t)
    return f"{t.message}\n\n{extra}" if t.message and extra else (t.message or extra)


def failing(tests: list[TestResult]) -> list[TestResult]:
    """The tests that did not pass, most serious verdict first, then in run order."""
    order = {v: i for i, v in enumerate(SEVERITY)}
    bad = [t for t in tests if t.verdict not in (Verdict.PASSED, Verdict.SKIPPED)]
    return sorted(bad, key=lambda t: order.get(t.verdict, 0))


def skipped(tests: list[TestResult]) -> list[TestResult]:
    """The tests their author skipped: shown, never counted for or against."""
    return [t for t in tests if t.verdict == Verdict.SKIPPED]


def by_category(tests: list[TestResult]) -> dict[str, list[TestResult]]:
    """Tests grouped by category, categories in the order they first ran."""
    groups: dict[str, list[TestResult]] = {}
    for t in tests:
        groups.setdefault(t.category, []).append(t)
    return groups


def passed_count(tests: list[TestResult]) -> int:
    return sum(t.verdict == Verdict.PASSED for t in tests)


def counted(tests: list[TestResult]) -> list[TestResult]:
    """The tests that count for the verdict and the score: all but the skipped ones."""
    return [t for t in tests if t.verdict != Verdict.SKIPPED]


def passed_of(tests: list[TestResult]) -> str:
    """'3 of 5 passed', '3 of 5 passed, 1 skipped'."""
    n = len(skipped(tests))
    return (f"{passed_count(tests)} of {len(tests) - n} passed"
            + (f", {n} skipped" if n else ""))


@dataclass(frozen=True)
class StageRow:
    name: str
    share: float | None  # 0..1, None: the stage did not run
    weight: float  # the challenge's weight, as written
    points: float | None  # this stage's part of the 0..100 score


def score_rows(report: Report) -> list[StageRow]:
    """One row per stage; points add up to the score (stages that did not run drop out)."""
    b = report.score_breakdown
    shares = {s: getattr(b, s) for s in STAGES}
    weights = {s: float(b.weights.get(s, 0.0)) for s in STAGES}
    used = sum(w for s, w in weights.items() if shares[s] is not None)
    zeroed = report.verdict in (Verdict.REJECTED, Verdict.INTERNAL_ERROR)
    rows = []
    for s in STAGES:
        points = None
        if shares[s] is not None and used:
            points = 0.0 if zeroed else 100 * shares[s] * weights[s] / used * b.scale
        rows.append(StageRow(s, shares[s], weights[s], points))
    return rows


def pct(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


# -- measurements ------------------------------------------------------------------------

def fmt_value(value: float, unit: str) -> str:
    """A measured value with a readable unit: 1.2 µs, 3.4 MiB, 12.5k comparisons."""
    if unit == "s":
        for scale, name in ((1, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns")):
            if abs(value) >= scale or name == "ns":
                return f"{value / scale:.3g} {name}"
    if unit in ("B", "bytes", "byte"):
        for scale, name in ((2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB")):
            if abs(value) >= scale:
                return f"{value / scale:.3g} {name}"
        return f"{value:.0f} B"
    return f"{fmt_count(value)} {unit}".rstrip()


def unit_in_header(unit: str) -> bool:
    """Counts name their unit once, in a column header, rather than after every value."""
    return unit not in ("s", "B", "bytes", "byte")


def fmt_cell(value: float, unit: str) -> str:
    return fmt_count(value) if unit_in_header(unit) else fmt_value(value, unit)


def fmt_count(value: float) -> str:
    for scale, name in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{name}"
    return f"{value:.3g}"


def fmt_size(n: int) -> str:
    return f"{n:,}".replace(",", " ") if n < 10**7 else f"{n:.2g}"


def points(probe: ComplexityResult) -> list[tuple[int, float | None, float | None]]:
    """(n, submission, reference) per size; None where a side has no value at that size.

    The submission's list holds only the sizes it finished, so it may be shorter.
    """
    sub, ref = probe.submission, probe.reference
    return [(n, sub[i] if i < len(sub) else None, ref[i] if i < len(ref) else None)
            for i, n in enumerate(probe.sizes)]


def last_ratio(probe: ComplexityResult) -> float | None:
    """submission / reference at the largest size both finished."""
    both = [(s, r) for _, s, r in points(probe) if s is not None and r]
    return both[-1][0] / both[-1][1] if both else None


def expected_curve(probe: ComplexityResult) -> list[tuple[int, float]]:
    """The expected class's cost, scaled to the reference (geometric-mean fit)."""
    f = CLASSES.get(probe.expected)
    pairs = [(n, r) for n, _, r in points(probe) if r is not None and r > 0 and n > 1]
    if f is None or not pairs:
        return []
    logs = [math.log(r) - math.log(max(f(n), 1e-300)) for n, r in pairs]
    scale = math.exp(sum(logs) / len(logs))
    return [(n, scale * f(n)) for n in probe.sizes if n > 1]


def probe_headline(probe: ComplexityResult) -> str:
    """'expected O(1), detected O(n)' plus confidence and slope when known."""
    parts = [f"expected {probe.expected}", f"detected {probe.detected or '?'}"]
    extra = []
    if probe.confidence is not None:
        extra.append(f"confidence {probe.confidence:.0%}")
    if probe.slope is not None:
        extra.append(f"slope {probe.slope:+.2f}")
    if probe.advisory:
        extra.append("advisory")
    return ", ".join(parts) + (f" ({', '.join(extra)})" if extra else "")


def truncate(text: str, limit: int, marker: str = "…") -> str:
    return text if len(text) <= limit else text[: max(limit - len(marker), 0)] + marker
