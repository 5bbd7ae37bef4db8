"""The terminal report.

Reads top to bottom the way a person triages: the verdict and score, the tests
that did not pass (most serious first, with what was expected and what came
back), every category's tally, the complexity probes as a bar chart of the
submission against the reference, the quality highlights, the score breakdown,
and the verdict again as the last line. Colour only when asked (a TTY); the
width follows the terminal.
"""

import shutil
import textwrap

import click

from grader.report import common
from grader.report.model import ComplexityResult, Report, TestResult
from grader.report.quality_model import QualityReport
from grader.verdicts import ProbeVerdict, Verdict

COLOURS = {Verdict.PASSED: "green", Verdict.FAILED: "red", Verdict.ERROR: "red",
           Verdict.TIMEOUT: "yellow", Verdict.MEMORY_LIMIT: "yellow", Verdict.CRASHED: "magenta",
           Verdict.REJECTED: "red", Verdict.INTERNAL_ERROR: "cyan", Verdict.SKIPPED: None,
           Verdict.INCONCLUSIVE: "yellow"}
PROBE_COLOURS = {ProbeVerdict.PASSED: "green", ProbeVerdict.FAILED: "red",
                 ProbeVerdict.INCONCLUSIVE: "yellow"}
BLOCKS = " ▏▎▍▌▋▊▉█"
MIN_WIDTH, MAX_WIDTH = 60, 140
LIST_LIMIT = 10  # findings shown per list before "… N more"


def render_text(report: Report, colour: bool = False, width: int | None = None) -> str:
    width = width or shutil.get_terminal_size((100, 24)).columns
    return _Text(report, colour, max(MIN_WIDTH, min(width, MAX_WIDTH))).render()


def bar(value: float, scale: float, cells: int) -> str:
    """A horizontal bar of `cells` character cells at most, in eighths of a cell."""
    if scale <= 0 or value <= 0:
        return ""
    eighths = max(1, round(8 * cells * min(value / scale, 1.0)))
    return "█" * (eighths // 8) + (BLOCKS[eighths % 8] if eighths % 8 else "")


class _Text:
    def __init__(self, report: Report, colour: bool, width: int):
        self.r, self.colour, self.width = report, colour, width
        self.lines: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def style(self, text: str, fg: str | None = None, **kw) -> str:
        return click.style(text, fg=fg, **kw) if self.colour else text

    def verdict(self, verdict: Verdict, text: str | None = None) -> str:
        return self.style(text or verdict.value.upper(), COLOURS.get(verdict), bold=True)

    def heading(self, title: str, extra: str = "") -> None:
        self.lines += ["", self.style(title, bold=True) + (f"  {extra}" if extra else "")]

    def wrap(self, text: str, indent: int, prefix: str = "") -> None:
        """Wrap to the width; `prefix` starts the first line, later lines hang under it."""
        hang = len(click.unstyle(prefix))
        room = max(self.width - indent - hang, 20)
        for raw in text.splitlines() or [""]:
            for line in textwrap.wrap(raw, room, replace_whitespace=False) or [""]:
                self.lines.append(" " * indent + prefix + line.rstrip())
                prefix = " " * hang

    def dim(self, text: str) -> str:
        return self.style(text, dim=True)

    # -- sections --------------------------------------------------------------------------
    def render(self) -> str:
        for section in (self.header, self.problems, self.skipped, self.categories, self.complexity,
                        self.quality, self.output, self.notes, self.score):
            section()
        self.lines.append("")
        self.wrap(self.r.reason, 0, self.verdict(self.r.verdict) + "  ")
        return "\n".join(line.rstrip() for line in self.lines) + "\n"

    def header(self) -> None:
        r = self.r
        left = self.style(r.challenge, bold=True) + (f" — {r.title}" if r.title else "")
        right = f"{r.verdict.value.upper()}  {r.score:.1f}/100"
        plain_left = r.challenge + (f" — {r.title}" if r.title else "")
        gap = max(self.width - len(plain_left) - len(right), 2)
        self.lines.append(left + " " * gap + self.verdict(r.verdict, right))
        if r.mode == "check":
            self.lines.append(self.dim("check: public examples only, not the hidden tests"))
        if r.partial:
            self.wrap(f"only the tests matching -k {r.keyword!r} ran: not a whole grade", 0,
                      self.style("PARTIAL", "yellow", bold=True) + "  ")
        if r.submission:
            s = r.submission
            self.wrap(f"{s.path}  ({s.kind}, sha256 {s.sha256[:12]})", 0, "submission  ")
        self.wrap(f"{r.sandbox.backend} — {r.sandbox.isolation}"
                  + (f" (worker restarted {r.sandbox.restarts}×)" if r.sandbox.restarts else ""),
                  0, "sandbox     ")
        self.lines.append(self.dim(f"grader {r.grader_version} · schema {r.schema_version} · "
                                   f"{r.duration_s:.2f} s · {r.audience} view"))

    def problems(self) -> None:
        bad = common.failing(self.r.tests)
        if not bad:
            return
        self.heading("Problems", f"{len(bad)} of {len(self.r.tests)} tests did not pass")
        current = None
        cat_w = max(len(t.category) for t in bad)
        for t in bad:
            if t.verdict != current:
                current = t.verdict
                count = sum(x.verdict == current for x in bad)
                self.lines.append("  " + self.verdict(current) + self.dim(
                    f"  {common.VERDICT_WORDS[current]} ({count})"))
            self.test_line(t, cat_w)
            indent = 7 + cat_w
            if t.message:
                self.wrap(t.message, indent)
            extra = common.extra_details(self.r, t)
            if extra:
                details = extra.splitlines()
                for line in details[:12]:
                    self.wrap(line, indent, self.dim("│ "))
                if len(details) > 12:
                    more = f"│ … {len(details) - 12} more lines"
                    self.lines.append(" " * indent + self.dim(more))
            if t.output.strip():
                out = t.output.strip().splitlines()
                self.lines.append(" " * indent + self.dim(f"printed {len(out)} line(s):"))
                for line in out[:3]:
                    self.wrap(line, indent, "> ")

    def skipped(self) -> None:
        gone = common.skipped(self.r.tests)
        if not gone:
            return
        self.heading("Skipped", f"{len(gone)} test(s) skipped by their author, not counted")
        cat_w = max(len(t.category) for t in gone)
        for t in gone:
            self.test_line(t, cat_w)
            if t.message:
                self.wrap(t.message, 7 + cat_w)

    def test_line(self, t: TestResult, cat_w: int) -> None:
        mark = {Verdict.PASSED: "✓", Verdict.SKIPPED: "-"}.get(t.verdict, "✗")
        name = common.short_name(t.name)
        time = f"{t.duration_s:.3f} s"
        room = self.width - 8 - cat_w - len(time)
        name = common.truncate(name, max(room - 1, 10))
        pad = max(room - len(name), 1)
        self.lines.append(f"    {self.style(mark, COLOURS[t.verdict])} {t.category:<{cat_w}} "
                          f"{name}{' ' * pad} {self.dim(time)}")

    def categories(self) -> None:
        groups = common.by_category(self.r.tests)
        if not groups:
            return
        counted, skipped = common.counted(self.r.tests), len(common.skipped(self.r.tests))
        self.heading("Tests", f"{common.passed_count(counted)}/{len(counted)} passed"
                     + (f", {skipped} skipped" if skipped else ""))
        cat_w = max(len(c) for c in groups)
        cells = max(min(self.width - cat_w - 20, 30), 8)
        for cat, tests in groups.items():
            tests = common.counted(tests) or tests
            ok = common.passed_count(tests)
            fg = "green" if ok == len(tests) else "red"
            filled = bar(ok, len(tests), cells)
            track = "░" * (cells - len(filled))
            self.lines.append(f"  {cat:<{cat_w}}  {self.style(filled, fg)}{self.dim(track)}  "
                              f"{ok}/{len(tests)}")

    def complexity(self) -> None:
        if not self.r.complexity:
            return
        self.heading("Complexity", "submission vs reference, same sizes, same run")
        for probe in self.r.complexity:
            self.probe(probe)

    def probe(self, p: ComplexityResult) -> None:
        tag = self.style(p.verdict.upper(), PROBE_COLOURS[p.verdict], bold=True)
        head = f"  {self.style(p.probe, bold=True)} ({p.measure})  {tag}  "
        self.wrap(common.probe_headline(p), 0, head)
        rows = [(common.fmt_size(n),
                 None if s is None else common.fmt_cell(s, p.unit), s,
                 None if r is None else common.fmt_cell(r, p.unit), r)
                for n, s, r in common.points(p)]
        if rows:
            scale = max((v for row in rows for v in (row[2], row[4]) if v is not None),
                        default=0.0)
            n_w = max(len(row[0]) for row in rows)
            val_w = max(len(label) for row in rows for label in (row[1], row[3]) if label)
            cells = max(min((self.width - 4 - n_w - 2 - 2 * (val_w + 4)) // 2, 24), 6)
            sub_fg = "red" if p.verdict == ProbeVerdict.FAILED else "cyan"
            unit = f" ({p.unit})" if common.unit_in_header(p.unit) else ""
            self.lines.append(self.dim(f"    {'n':>{n_w}}  "
                                       f"{'submission' + unit:<{cells + val_w + 4}}"
                                       f"reference{unit}"))
            for n, s_label, s, r_label, r in rows:
                self.lines.append(f"    {n:>{n_w}}  "
                                  f"{self.cell(s, s_label, scale, cells, val_w, sub_fg)}"
                                  f"{self.cell(r, r_label, scale, cells, val_w, 'blue')}")
            ratio = common.last_ratio(p)
            if ratio is not None:
                self.wrap(f"at the largest size both finished, the submission costs {ratio:.3g}×"
                          " the reference", 4)
        if p.note:
            self.wrap(p.note, 4, "note: ")

    def cell(self, value, label, scale, cells, val_w, fg) -> str:
        room = cells + 1 + val_w + 3
        if value is None:
            return self.dim(f"{'did not finish':<{room}}")
        drawn = bar(value, scale, cells)
        return self.style(drawn, fg) + " " * (cells - len(drawn)) + f" {label:<{val_w}}   "

    def quality(self) -> None:
        q: QualityReport | None = self.r.quality
        if q is None:
            return
        self.heading("Quality", f"score {q.score:.0%}")
        rows: list[tuple[str, str]] = []
        if q.mi is not None:
            rows.append(("maintainability", f"MI {q.mi:.1f} (rank {q.mi_rank})"))
        if q.worst_block:
            b = q.worst_block
            rows.append(("worst function", f"{b.name}  cyclomatic complexity {b.complexity} "
                                           f"(rank {b.rank}), line {b.line}"))
        lint = q.lint
        rows.append(("lint", f"{len(lint.findings)} finding(s), ruff {','.join(lint.select)}"
                     if lint.ran else "not run"))
        rows.append(("rules", f"{len(q.rule_findings)} violation(s)"
                     + (f", {len(q.suspicious_findings)} suspicious" if q.suspicious_findings
                        else "")
                     + (f"; relaxed: {', '.join(q.relaxed_rules)}" if q.relaxed_rules else "")))
        d = q.docs_typing
        if d.public_functions:
            rows.append(("docs & typing", f"docstrings {d.with_docstring}/{d.public_functions}, "
                                          f"type hints {d.with_type_hints}/{d.public_functions}"))
        key_w = max(len(k) for k, _ in rows)
        for key, value in rows:
            self.wrap(value, 0, f"  {key:<{key_w}}  ")
        self.findings("rule violations", [(f"{f.file}:{f.line}:{f.col}", f.rule_id, f.message)
                                          for f in q.rule_findings], "red")
        self.findings("suspicious (for a reviewer to judge)",
                      [(f"{f.file}:{f.line}:{f.col}", f.rule_id, f.message)
                       for f in q.suspicious_findings], "yellow")
        self.findings("lint findings", [(f"{f.file}:{f.line}:{f.col}", f.code, f.message)
                                        for f in lint.findings], None)
        if common.reviewer(self.r):
            self.findings("tamper signals (reviewer)", [(f"{s.file}:{s.line}", s.kind, s.detail)
                                                        for s in q.tamper_signals], "magenta")
        for note in q.notes + lint.notes:
            self.wrap(note, 2, "note: ")

    def findings(self, title: str, rows: list[tuple[str, str, str]], fg: str | None) -> None:
        if not rows:
            return
        self.lines.append(f"  {title}")
        where_w = max(len(w) for w, _, _ in rows[:LIST_LIMIT])
        code_w = max(len(c) for _, c, _ in rows[:LIST_LIMIT])
        for where, code, message in rows[:LIST_LIMIT]:
            self.wrap(message, 0, f"    {where:<{where_w}}  {self.style(code.ljust(code_w), fg)}  ")
        if len(rows) > LIST_LIMIT:
            self.lines.append(self.dim(f"    … {len(rows) - LIST_LIMIT} more (see --format json)"))

    def output(self) -> None:
        shown = self.r.output.strip().splitlines()
        if not shown:
            return
        self.heading("Output", f"{len(shown)} line(s) printed by the submission")
        for line in shown[:5]:
            self.wrap(line, 2, "> ")
        if len(shown) > 5:
            self.lines.append(self.dim(f"  … {len(shown) - 5} more (see --format json)"))

    def notes(self) -> None:
        if not self.r.notes:
            return
        self.heading("Notes")
        for note in self.r.notes:
            lines = note.strip().splitlines()
            if not lines:
                continue
            head = lines[-1] if len(lines) > 1 and not common.reviewer(self.r) else "\n".join(
                lines[-12:])
            self.wrap(head, 2)

    def score(self) -> None:
        rows = [row for row in common.score_rows(self.r) if row.share is not None]
        self.heading("Score", f"{self.r.score:.1f}/100")
        if not rows:
            self.lines.append(self.dim("  no stage ran"))
            return
        total_w = sum(row.weight for row in rows) or 1.0
        cells = max(min(self.width - 44, 20), 5)
        for row in rows:
            filled = bar(row.share or 0.0, 1.0, cells)
            self.lines.append(f"  {row.name:<12} {self.style(filled, 'green')}"
                              f"{self.dim('░' * (cells - len(filled)))} {common.pct(row.share):>4}"
                              f"  × weight {row.weight / total_w:.2f}  = {row.points:5.1f}")
