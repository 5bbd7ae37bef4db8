"""Markdown for a GitHub step summary ($GITHUB_STEP_SUMMARY) or a pull-request comment.

A verdict and score header, the score table, one collapsible <details> per test
category (open when something in it failed), the complexity table and the quality
summary. Everything taken from the report is escaped (grader.report.escape): table
cells cannot break the table, and no link, image, raw HTML or unclosed code can come from
the submission's text or file names.
"""

import html

from grader.report import common, escape
from grader.report.model import Report, TestResult
from grader.verdicts import ProbeVerdict, Verdict

ICONS = {Verdict.PASSED: "✅", Verdict.FAILED: "❌", Verdict.ERROR: "💥",
         Verdict.TIMEOUT: "⏱️", Verdict.MEMORY_LIMIT: "🧠", Verdict.CRASHED: "💀",
         Verdict.REJECTED: "🚫", Verdict.INTERNAL_ERROR: "⚠️",
         Verdict.INCONCLUSIVE: "❔", Verdict.SKIPPED: "⏭️"}
PROBE_ICONS = {ProbeVerdict.PASSED: "✅", ProbeVerdict.FAILED: "❌",
               ProbeVerdict.INCONCLUSIVE: "❔"}
CELL_LIMIT = 300
LIST_LIMIT = 20


def cell(text: str, limit: int = CELL_LIMIT) -> str:
    """Safe inside a table cell: one row, no link, image, HTML or code from the text."""
    return escape.markdown_text(common.truncate(text.strip(), limit))


def code(text: str) -> str:
    """An inline code span nothing in the text can close (a table cell's too)."""
    return escape.markdown_code(text)


def block(text: str) -> str:
    """A fenced block nothing in the text can close."""
    return escape.markdown_block(text)


def render_markdown(report: Report) -> str:
    out: list[str] = []
    r = report
    title = f"{r.challenge} — {r.title}" if r.title else r.challenge
    out.append(f"## {ICONS[r.verdict]} {cell(title)}: **{r.verdict.value}** · "
               f"{r.score:.1f}/100")
    out.append("")
    if r.reason:
        out += [escape.markdown_text(common.truncate(r.reason.strip(), 1000), line_start=True),
                ""]
    if r.mode == "check":
        out += ["*check: public examples only, not the hidden tests*", ""]
    if r.partial:
        out += [f"**partial**: only the tests matching -k {code(r.keyword or '')} ran: "
                "not a whole grade", ""]
    _scores(r, out)
    _tests(r, out)
    _complexity(r, out)
    _quality(r, out)
    _extras(r, out)
    meta = [f"grader {r.grader_version}", f"schema {r.schema_version}",
            f"sandbox {r.sandbox.backend}", f"{r.duration_s:.2f} s", f"{r.audience} view"]
    if r.submission:
        meta.insert(0, f"{code(r.submission.path)} (sha256 {r.submission.sha256[:12]})")
    out += ["", f"<sub>{' · '.join(meta)}</sub>", ""]
    return "\n".join(out)


def _scores(r: Report, out: list[str]) -> None:
    rows = common.score_rows(r)
    ran = [row for row in rows if row.share is not None]
    if not ran:
        return
    total_w = sum(row.weight for row in ran) or 1.0
    detail = {"correctness": f"{common.passed_count(r.tests)}/{len(r.tests)} tests",
              "complexity": f"{sum(p.verdict == 'passed' for p in r.complexity)}/"
                            f"{sum(p.verdict != 'inconclusive' for p in r.complexity)} probes",
              "quality": f"MI {r.quality.mi:.1f}" if r.quality and r.quality.mi is not None
              else ""}
    out += ["| stage | result | share | weight | points |", "|---|---|--:|--:|--:|"]
    for row in ran:
        out.append(f"| {row.name} | {detail[row.name]} | {common.pct(row.share)} | "
                   f"{row.weight / total_w:.2f} | {row.points:.1f} |")
    out += [f"| **total** | | | | **{r.score:.1f}** |", ""]


def _test_row(t: TestResult) -> str:
    return (f"| {ICONS[t.verdict]} | {code(common.short_name(t.name))} | {t.verdict.value} | "
            f"{t.duration_s:.3f} s | {cell(t.message)} |")


def _tests(r: Report, out: list[str]) -> None:
    groups = common.by_category(r.tests)
    if not groups:
        return
    out += [f"### Tests: {common.passed_of(r.tests)}", ""]
    for cat, tests in groups.items():
        bad = bool(common.failing(tests))
        icon = "❌" if bad else "✅"
        out += [f"<details{' open' if bad else ''}><summary>{icon} <b>{html.escape(cat)}</b>: "
                f"{common.passed_of(tests)}</summary>", "",
                "| | test | verdict | time | message |", "|---|---|---|--:|---|"]
        out += [_test_row(t) for t in common.failing(tests) + [
            t for t in tests if t.verdict == Verdict.PASSED] + common.skipped(tests)]
        out.append("")
        for t in common.failing(tests):
            extra = []
            if common.extra_details(r, t):
                extra.append(common.extra_details(r, t))
            if t.output.strip():
                extra.append("printed:\n" + t.output)
            if extra:
                out += [f"<details><summary>{html.escape(common.short_name(t.name))}</summary>",
                        "", block("\n\n".join(extra)), "", "</details>", ""]
        out += ["</details>", ""]


def _complexity(r: Report, out: list[str]) -> None:
    if not r.complexity:
        return
    out += ["### Complexity", "",
            "| | probe | measure | expected | detected | confidence | sub ÷ ref at largest n "
            "| note |", "|---|---|---|---|---|--:|--:|---|"]
    for p in r.complexity:
        ratio = common.last_ratio(p)
        conf = "" if p.confidence is None else f"{p.confidence:.0%}"
        note = ("advisory. " if p.advisory else "") + p.note
        out.append(f"| {PROBE_ICONS[p.verdict]} {p.verdict} | {code(p.probe)} | {p.measure} | "
                   f"{cell(p.expected)} | {cell(p.detected or '?')} | {conf} | "
                   f"{'' if ratio is None else f'{ratio:.3g}×'} | {cell(note)} |")
    out.append("")


def _quality(r: Report, out: list[str]) -> None:
    q = r.quality
    if q is None:
        return
    out += [f"### Quality: {q.score:.0%}", ""]
    if q.mi is not None:
        out.append(f"- maintainability index **{q.mi:.1f}** (rank {q.mi_rank})")
    if q.worst_block:
        b = q.worst_block
        out.append(f"- most complex: {code(b.name)}, cyclomatic complexity **{b.complexity}** "
                   f"(rank {b.rank}), line {b.line}")
    out.append(f"- lint: **{len(q.lint.findings)}** finding(s)" if q.lint.ran
               else "- lint: not run")
    out.append(f"- rules: **{len(q.rule_findings)}** violation(s)"
               + (f", {len(q.suspicious_findings)} suspicious" if q.suspicious_findings else ""))
    d = q.docs_typing
    if d.public_functions:
        out.append(f"- docstrings {d.with_docstring}/{d.public_functions}, "
                   f"type hints {d.with_type_hints}/{d.public_functions}")
    out.append("")
    findings = [("rule violation", f.file, f.line, f.rule_id, f.message) for f in q.rule_findings]
    findings += [("suspicious", f.file, f.line, f.rule_id, f.message)
                 for f in q.suspicious_findings]
    findings += [("lint", f.file, f.line, f.code, f.message) for f in q.lint.findings]
    if common.reviewer(r):
        findings += [("tamper signal", s.file, s.line, s.kind, s.detail)
                     for s in q.tamper_signals]
    if findings:
        out += [f"<details><summary>{len(findings)} finding(s) by line</summary>", "",
                "| where | kind | code | message |", "|---|---|---|---|"]
        for kind, file, line, what, message in sorted(findings, key=lambda f: (f[1], f[2]))[
                :LIST_LIMIT]:
            out.append(f"| {code(f'{file}:{line}')} | {kind} | {code(what)} | {cell(message)} |")
        if len(findings) > LIST_LIMIT:
            out.append(f"| … | {len(findings) - LIST_LIMIT} more | | |")
        out += ["", "</details>", ""]


def _extras(r: Report, out: list[str]) -> None:
    if r.output.strip():
        out += ["<details><summary>Output printed by the submission</summary>", "",
                block(common.truncate(r.output, 4000)), "", "</details>", ""]
    if r.notes:
        out += ["**Notes**", ""] + [f"- {cell(n, 1000)}" for n in r.notes] + [""]
