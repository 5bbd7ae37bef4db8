"""The terminal report: failing tests first, then the summary. Colour only on a TTY."""

import click

from grader.report.model import Report
from grader.verdicts import Verdict

COLOURS = {Verdict.PASSED: "green", Verdict.FAILED: "red", Verdict.ERROR: "red",
           Verdict.TIMEOUT: "yellow", Verdict.MEMORY_LIMIT: "yellow", Verdict.CRASHED: "magenta",
           Verdict.REJECTED: "red", Verdict.INTERNAL_ERROR: "cyan"}


def render_text(report: Report, colour: bool = False) -> str:
    def style(text, verdict=None, **kw):
        if not colour:
            return text
        return click.style(text, fg=COLOURS.get(verdict) if verdict else None, **kw)

    lines = [style(f"{report.challenge}", bold=True) + f" — {report.title}"]
    if report.submission:
        lines.append(f"submission: {report.submission.path}")
    lines.append(f"sandbox:    {report.sandbox.backend} ({report.sandbox.isolation})")
    lines.append("")
    bad = [t for t in report.tests if t.verdict != Verdict.PASSED]
    if bad:
        lines.append(style("Problems", bold=True))
        for t in bad:
            lines.append(f"  {style(t.verdict.value.upper(), t.verdict):<16} "
                         f"[{t.category}] {t.name}")
            if t.message:
                lines.append(f"      {t.message}")
            for detail in t.details.splitlines()[:12] if report.audience == "reviewer" else []:
                lines.append(f"      | {detail}")
        lines.append("")
    if report.tests:
        by_cat: dict[str, list[int]] = {}
        for t in report.tests:
            counts = by_cat.setdefault(t.category, [0, 0])
            counts[0] += t.verdict == Verdict.PASSED
            counts[1] += 1
        cats = ", ".join(f"{c} {p}/{n}" for c, (p, n) in sorted(by_cat.items()))
        lines.append(f"tests:      {cats}")
    for probe in report.complexity:
        lines.append(f"complexity: {probe.probe}: expected {probe.expected}, "
                     f"detected {probe.detected or '?'} -> {probe.verdict}")
    if report.output.strip():
        shown = report.output.strip().splitlines()
        lines.append(f"output:     {len(shown)} line(s) printed by the submission"
                     + (" (see --format json)" if len(shown) > 5 else ""))
        lines += [f"      > {line}" for line in shown[:5]]
    for note in report.notes:
        lines.append(f"note:       {note.strip().splitlines()[-1] if note.strip() else ''}")
    b = report.score_breakdown
    parts = [f"{k} {v:.0%}" for k, v in (("correctness", b.correctness),
             ("complexity", b.complexity), ("quality", b.quality)) if v is not None]
    lines.append(f"score:      {report.score:.1f}/100" + (f" ({', '.join(parts)})" if parts else ""))
    lines.append(f"time:       {report.duration_s:.2f} s")
    lines.append("")
    lines.append(style(f"{report.verdict.value.upper()}", report.verdict, bold=True)
                 + f": {report.reason}")
    return "\n".join(lines) + "\n"
