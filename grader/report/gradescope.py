"""Gradescope's autograder results.json.

Spec: gradescope-autograders.readthedocs.io/en/latest/specs/ (docs/gradescope.md shows
the setup.sh and run_autograder that write it). The top-level `score` is the grader's
0..100 score and overrides the sum of the tests; the tests still carry points that add
up to it: each stage's share of 100 (by the challenge's weights) is split evenly over
its hidden tests, its conclusive probes, and the quality stage's one entry. Rule
findings are informational entries (status only, no points).

Visibility: the candidate audience's report is shown to students at once
("visible"); a reviewer audience's report carries hidden-test details, so it waits for
the instructor to publish grades ("after_published"). Gradescope's own stdout capture
holds only the grader's log and stays hidden.
"""

import json

from grader.report import common
from grader.report.model import Report
from grader.report.text import render_text
from grader.verdicts import ProbeVerdict, Verdict


def _round(x: float) -> float:
    return round(x, 4)


def render_gradescope(report: Report) -> str:
    rows = {row.name: row for row in common.score_rows(report)}
    visibility = "after_published" if common.reviewer(report) else "visible"
    tests: list[dict] = []

    def add(number: str, name: str, status: str, output: str, tags: list[str],
            score: float | None = None, max_score: float | None = None) -> None:
        entry: dict = {}
        if max_score is not None:
            # Scaled like the score when a hidden test failed, so the points add up to it.
            entry["score"] = _round((score or 0.0) * report.score_breakdown.scale)
            entry["max_score"] = _round(max_score)
        entry.update({"status": status, "name": name, "number": number, "output": output,
                      "tags": tags, "visibility": visibility})
        tests.append(entry)

    pool = rows["correctness"].points is not None and report.tests
    counted = common.counted(report.tests)
    each = (100 * _weight(report, "correctness") / len(counted)) if pool and counted else None
    for i, t in enumerate(report.tests, 1):
        passed = t.verdict == Verdict.PASSED
        if t.verdict == Verdict.SKIPPED:  # shown, and worth nothing either way
            add(f"1.{i}", f"[{t.category}] {common.short_name(t.name)}", "passed",
                f"skipped: {t.message}" if t.message else "skipped", [t.category, "skipped"])
            continue
        output = [f"{t.verdict.value}: {t.message}" if t.message else t.verdict.value]
        if common.extra_details(report, t):
            output.append(common.extra_details(report, t))
        if t.output:
            output.append("The submission printed:\n" + t.output)
        add(f"1.{i}", f"[{t.category}] {common.short_name(t.name)}",
            "passed" if passed else "failed", "\n\n".join(output), [t.category, t.verdict.value],
            each if passed else 0.0, each)
    if not report.tests and report.verdict != Verdict.PASSED:
        notes = "\n\n".join(n.strip() for n in report.notes if n.strip())
        add("1.1", "load the submission", "failed",
            f"{report.verdict.value}: {report.reason}" + (f"\n\n{notes}" if notes else ""),
            [report.verdict.value])

    conclusive = [p for p in report.complexity if p.verdict != ProbeVerdict.INCONCLUSIVE]
    each = (100 * _weight(report, "complexity") / len(conclusive)
            if conclusive and rows["complexity"].points is not None else None)
    for i, p in enumerate(report.complexity, 1):
        lines = [f"{p.verdict}: {common.probe_headline(p)}"] + ([p.note] if p.note else [])
        lines += [f"n = {n}: submission {'-' if s is None else common.fmt_value(s, p.unit)}, "
                  f"reference {'-' if r is None else common.fmt_value(r, p.unit)}"
                  for n, s, r in common.points(p)]
        scored = p.verdict != ProbeVerdict.INCONCLUSIVE and each is not None
        add(f"2.{i}", f"[complexity] {p.probe} ({p.measure})",
            "failed" if p.verdict == ProbeVerdict.FAILED else "passed", "\n".join(lines),
            ["complexity", p.measure, p.verdict],
            (each if p.verdict == ProbeVerdict.PASSED else 0.0) if scored else None,
            each if scored else None)

    q = report.quality
    if q is not None:
        share = rows["quality"].share
        max_q = 100 * _weight(report, "quality") if share is not None else None
        lines = []
        if q.mi is not None:
            lines.append(f"maintainability index {q.mi:.1f} (rank {q.mi_rank})")
        if q.worst_block:
            b = q.worst_block
            lines.append(f"most complex: {b.name}, cyclomatic complexity {b.complexity} "
                         f"(rank {b.rank}), line {b.line}")
        lines.append(f"lint: {len(q.lint.findings)} finding(s)")
        lines += [f"  {f.file}:{f.line}:{f.col} {f.code} {f.message}" for f in q.lint.findings]
        lines += [f"{c.name}: {c.value:.0%} (weight {c.weight:g})"
                  for c in q.score_breakdown.components]
        add("3.1", "[quality] metrics and lint", "passed" if q.score >= 0.5 else "failed",
            "\n".join(lines), ["quality"],
            None if max_q is None else max_q * q.score, max_q)
        for i, f in enumerate(q.rule_findings + q.suspicious_findings, 2):
            add(f"3.{i}", f"[rule] {f.rule_id} at {f.file}:{f.line}",
                "failed" if f.severity == "violation" else "passed",
                f"{f.severity}: {f.file}:{f.line}:{f.col}: {f.message}", ["rule", f.severity])

    zeroed = report.verdict in (Verdict.REJECTED, Verdict.INTERNAL_ERROR)
    if zeroed:
        for entry in tests:
            if "score" in entry:
                entry["score"] = 0.0
    result = {
        "score": report.score,
        "execution_time": round(report.duration_s, 3),
        "output": render_text(report, colour=False, width=100),
        "output_format": "text",
        "test_output_format": "text",
        "visibility": visibility,
        "stdout_visibility": "hidden",
        "extra_data": {"grader": {
            "schema_version": report.schema_version, "grader_version": report.grader_version,
            "challenge": report.challenge, "verdict": report.verdict.value,
            "audience": report.audience, "sandbox": report.sandbox.backend,
            "partial": report.partial, "keyword": report.keyword,
            "sha256": report.submission.sha256 if report.submission else None}},
        "tests": tests,
    }
    return json.dumps(result, indent=2, ensure_ascii=False) + "\n"


def _weight(report: Report, stage: str) -> float:
    """The stage's weight among the stages that ran (they add up to 1)."""
    rows = [r for r in common.score_rows(report) if r.share is not None]
    total = sum(r.weight for r in rows)
    return next((r.weight for r in rows if r.name == stage), 0.0) / total if total else 0.0
