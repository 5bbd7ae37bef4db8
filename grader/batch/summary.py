"""The batch's summary: one row per submission, plus copied-answer pairs; five formats."""

import csv
import html
import io
from itertools import combinations

from pydantic import BaseModel, Field, model_validator

from grader import __version__
from grader.bank import Bank
from grader.batch.discover import Job
from grader.batch.similarity import compare, fingerprints, without
from grader.report import escape
from grader.report.model import Report, encodable_data
from grader.submission import load_submission

SCHEMA_VERSION = "1.1"  # 1.1: rows name their sandbox


class BatchRow(BaseModel):
    candidate: str
    challenge: str
    path: str
    verdict: str  # a verdict name, or "not-graded" with the reason
    score: float = 0.0
    tests_passed: int = 0
    tests_total: int = 0
    complexity: str = ""  # e.g. "get-put O(n) passed"
    quality: float | None = None
    duration_s: float = 0.0
    reason: str = ""
    cached: bool = False  # served from an earlier grade of the same submission
    sandbox: str = ""  # what ran it: docker, local+bubblewrap, local (unisolated); "" not run


class Region(BaseModel):
    a_lines: tuple[int, int]
    b_lines: tuple[int, int]


class SimilarPair(BaseModel):
    challenge: str
    a: str
    b: str
    similarity: float
    regions: list[Region] = Field(default_factory=list)
    a_source: str = ""
    b_source: str = ""


class BatchSummary(BaseModel):
    schema_version: str = SCHEMA_VERSION
    grader_version: str = __version__
    rows: list[BatchRow]
    similar: list[SimilarPair]
    threshold: float
    interrupted: bool = False
    duration_s: float = 0.0

    # Names come from candidates' files and folders: a byte that is not UTF-8 arrives as a
    # lone surrogate and would stop every format from being written (see Report).
    @model_validator(mode="before")
    @classmethod
    def _encodable(cls, data):
        return encodable_data(data)

    @property
    def all_passed(self) -> bool:
        return all(r.verdict == "passed" for r in self.rows)


def row(job: Job, result: Report | str, cached: bool = False, sandbox: str = "") -> BatchRow:
    base = dict(candidate=job.candidate, challenge=job.challenge, path=str(job.path),
                cached=cached, sandbox=sandbox if isinstance(result, Report) else "")
    if isinstance(result, str):
        return BatchRow(**base, verdict="not-graded", reason=result)
    probes = ", ".join(f"{p.probe} {p.detected or '?'} {p.verdict}" for p in result.complexity)
    return BatchRow(**base, verdict=result.verdict.value, score=result.score,
                    tests_passed=sum(t.verdict == "passed" for t in result.tests),
                    tests_total=len(result.tests), complexity=probes,
                    quality=round(result.quality.score, 3) if result.quality else None,
                    duration_s=result.duration_s, reason=result.reason)


def similar_pairs(bank: Bank, jobs: list[Job], threshold: float) -> list[SimilarPair]:
    pairs = []
    by_challenge: dict[str, list[Job]] = {}
    for job in jobs:
        if job.problem:
            continue
        by_challenge.setdefault(job.challenge, []).append(job)
    for cid, group in by_challenge.items():
        challenge = bank.load(cid)
        stub = fingerprints(challenge.stub_path.read_text(encoding="utf-8"))
        sources, prints = {}, {}
        for job in group:
            try:
                sub = load_submission(job.path, challenge.spec.module)
            except Exception:
                continue  # unreadable answers are reported in their row
            sources[job] = "\n".join(sub.files[k] for k in sorted(sub.files))
            prints[job] = without(fingerprints(sources[job]), stub)
        for a, b in combinations(prints, 2):
            match = compare(prints[a], prints[b])
            if match.similarity >= threshold:
                regions = [Region(a_lines=ra, b_lines=rb)
                           for ra, rb in zip(match.a_lines, match.b_lines, strict=False)]
                pairs.append(SimilarPair(challenge=cid, a=a.candidate, b=b.candidate,
                                         similarity=match.similarity, regions=regions,
                                         a_source=sources[a], b_source=sources[b]))
    return sorted(pairs, key=lambda p: -p.similarity)


COLUMNS = ["candidate", "challenge", "verdict", "score", "tests", "complexity", "quality", "time",
           "sandbox", "why"]


def _cells(r: BatchRow) -> list[str]:
    quality = "-" if r.quality is None else f"{r.quality:.2f}"
    # why: the reason of a row that did not pass (a rejected or not-graded answer says what)
    why = "" if r.verdict == "passed" else r.reason
    return [r.candidate, r.challenge, r.verdict, f"{r.score:.1f}",
            f"{r.tests_passed}/{r.tests_total}", r.complexity or "-", quality,
            f"{r.duration_s:.1f}s" + (" (cached)" if r.cached else ""), r.sandbox or "-",
            why or "-"]


def render_summary(summary: BatchSummary, fmt: str) -> str:
    """The summary as `fmt`; no line of it can start a GitHub workflow command."""
    breaks = {"json": "json", "html": "xml"}.get(fmt, "visible")
    return escape.no_workflow_commands(SUMMARY_FORMATS[fmt](summary), breaks)


def _line(text: str) -> str:
    return escape.terminal(text, one_line=True)


def _spreadsheet(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text: one line, never a formula (=, +, -, @)."""
    cell = _line(cell)
    formula = cell[:1] in ("=", "+", "@") or (cell[:1] == "-" and cell.strip("-. 0123456789"))
    return "'" + cell if formula else cell


def _json(summary: BatchSummary) -> str:
    return summary.model_dump_json(indent=2) + "\n"


def _csv(summary: BatchSummary) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS + ["reason", "cached"])
    for r in summary.rows:
        writer.writerow([_spreadsheet(c) for c in _cells(r) + [r.reason]]
                        + ["yes" if r.cached else "no"])
    return out.getvalue()


def _markdown(summary: BatchSummary) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(map(escape.markdown_text, _cells(r))) + " |"
              for r in summary.rows]
    if summary.similar:
        lines += ["", f"**Similar answers** (at least {summary.threshold:.0%} shared):", ""]
        md = escape.markdown_text
        lines += [f"- {md(p.challenge)}: {md(p.a)} and {md(p.b)}: {p.similarity:.0%}"
                  for p in summary.similar]
    return "\n".join(lines) + "\n"


def _text(summary: BatchSummary) -> str:
    table = [COLUMNS] + [list(map(_line, _cells(r))) for r in summary.rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in table]
    passed = sum(r.verdict == "passed" for r in summary.rows)
    unsure = sum(r.verdict == "inconclusive" for r in summary.rows)
    lines.append(f"\n{passed} of {len(summary.rows)} passed in {summary.duration_s:.1f} s"
                 + (f"; {unsure} inconclusive (a probe too noisy to call: grade again)"
                    if unsure else "")
                 + (" (interrupted: the rest were not graded)" if summary.interrupted else ""))
    for p in summary.similar:
        a, b = _line(p.a), _line(p.b)
        spans = "; ".join(f"{a} {r.a_lines[0]}-{r.a_lines[1]} ~ {b} {r.b_lines[0]}-"
                          f"{r.b_lines[1]}" for r in p.regions[:3])
        lines.append(f"similar: {_line(p.challenge)}: {a} and {b} share {p.similarity:.0%} "
                     f"({spans})")
    return "\n".join(lines) + "\n"


def _html(summary: BatchSummary) -> str:
    def e(text: str) -> str:
        return html.escape(_line(text))

    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in _cells(r)) + "</tr>"
                   for r in summary.rows)
    pairs = "".join(_pair_html(p) for p in summary.similar)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Batch summary</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px}}pre{{margin:0;font-size:12px}}
.side{{display:flex;gap:1em}}.side>div{{flex:1;overflow:auto;border:1px solid #ccc}}
.hit{{background:#ffe08a}}</style></head><body>
<h1>Batch summary</h1><table><tr>{"".join(f"<th>{c}</th>" for c in COLUMNS)}</tr>{rows}</table>
<h2>Similar answers (at least {summary.threshold:.0%} shared)</h2>{pairs or "<p>none</p>"}
</body></html>
"""


def _pair_html(p: SimilarPair) -> str:
    def marked(source: str, spans: list[tuple[int, int]]) -> str:
        out = []
        for n, line in enumerate(source.splitlines(), start=1):
            hit = any(a <= n <= b for a, b in spans)
            cls = ' class="hit"' if hit else ""
            out.append(f"<span{cls}>{n:4d}  {html.escape(escape.terminal(line))}</span>")
        return "<pre>" + "\n".join(out) + "</pre>"

    a_spans = [r.a_lines for r in p.regions]
    b_spans = [r.b_lines for r in p.regions]
    def e(text: str) -> str:
        return html.escape(_line(text))

    return (f"<h3>{e(p.challenge)}: {e(p.a)} and {e(p.b)}: "
            f"{p.similarity:.0%}</h3><div class='side'><div>{marked(p.a_source, a_spans)}</div>"
            f"<div>{marked(p.b_source, b_spans)}</div></div>")


# The batch command's --format choices: one renderer per name.
SUMMARY_FORMATS = {"text": _text, "csv": _csv, "json": _json, "markdown": _markdown,
                   "html": _html}
