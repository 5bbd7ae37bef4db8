"""One self-contained HTML page: inline CSS, inline SVG plots, no script, no network.

The complexity plots are drawn with matplotlib (imported here only, Agg backend):
submission and reference cost against n on log-log axes, with the expected class's
curve scaled to the reference. The rest is tables: tests by category, complexity,
quality metrics, findings by line. Every string from the report is escaped.
"""

import html
import io
import re

from grader.report import common
from grader.report.model import ComplexityResult, Report, TestResult
from grader.verdicts import ProbeVerdict, Verdict

CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #0969da; --muted: #656d76;
        --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: #1f2328; background: #fff;
       font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
       sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 10px;
     border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; }
code, pre { font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px;
      overflow-x: auto; white-space: pre-wrap; word-break: break-word; margin: 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left;
         vertical-align: top; }
th { background: var(--bg); font-weight: 600; } td.num, th.num { text-align: right;
     font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.bad td { background: #fff5f5; }
.header { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px;
          border-bottom: 3px solid var(--line); padding-bottom: 12px; }
.header.passed { border-color: var(--ok); } .header.failed { border-color: var(--bad); }
.header.inconclusive { border-color: var(--warn); } .badge.partial { background: var(--warn); }
.score { font-size: 40px; font-weight: 700; line-height: 1; text-align: right; }
.score small { font-size: 16px; color: var(--muted); font-weight: 400; }
.badge { display: inline-block; border-radius: 12px; padding: 1px 9px; font-size: 12px;
         font-weight: 600; color: #fff; background: var(--muted); white-space: nowrap; }
.badge.passed { background: var(--ok); } .badge.failed, .badge.error, .badge.rejected,
.badge.crashed { background: var(--bad); } .badge.timeout, .badge.memory-limit,
.badge.inconclusive { background: var(--warn); } .badge.internal-error { background: var(--info); }
.muted { color: var(--muted); } .reason { font-size: 15px; margin: 6px 0 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 12px 0; }
.meta dt { color: var(--muted); } .meta dd { margin: 0; word-break: break-all; }
.meter { display: inline-block; width: 120px; height: 10px; background: var(--bg);
         border: 1px solid var(--line); border-radius: 5px; overflow: hidden;
         vertical-align: middle; }
.meter > span { display: block; height: 100%; background: var(--ok); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .big { font-size: 22px; font-weight: 700; } .card .label { color: var(--muted);
             font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.probe { border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin: 12px 0;
         display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); gap: 16px; }
.probe h3 { margin: 0 0 6px; grid-column: 1 / -1; }
.plot svg { width: 100%; height: auto; display: block; }
details > summary { cursor: pointer; } details.category { margin: 8px 0; }
details.category > summary { font-weight: 600; padding: 4px 0; }
.scroll { overflow-x: auto; max-width: 100%; }
td code { overflow-wrap: anywhere; }
@media (max-width: 760px) { .probe { grid-template-columns: 1fr; } body { padding: 12px; }
  .meter { width: 60px; } .score { font-size: 30px; } th, td { padding: 4px 5px; } }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _badge(verdict: str) -> str:
    return f'<span class="badge {_e(verdict)}">{_e(verdict)}</span>'


def render_html(report: Report) -> str:
    r = report
    title = f"{r.challenge} — {r.title}" if r.title else r.challenge
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No network, no script: the page must render the same from a mail attachment.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'; img-src data:">',
        f"<title>{_e(title)}: {_e(r.verdict.value)} ({r.score:.1f}/100)</title>",
        f"<style>{CSS}</style>", "</head>", "<body>",
    ]
    parts += _header(r, title)
    parts += _scores(r)
    parts += _tests(r)
    parts += _complexity(r)
    parts += _quality(r)
    parts += _extras(r)
    parts += ["</body>", "</html>", ""]
    # Wide tables scroll inside their box, never the page (phones).
    page = "\n".join(parts)
    return page.replace("<table>", '<div class="scroll"><table>').replace(
        "</table>", "</table></div>")


def _verdict_words(r: Report) -> str:
    """The overall verdict in words; a failed answer whose tests all passed failed a probe."""
    slow = [p for p in r.complexity if p.verdict == ProbeVerdict.FAILED and not p.advisory]
    if r.verdict == Verdict.FAILED and slow and not common.failing(r.tests):
        cost = {"time": "too slow", "memory": "uses too much memory"}.get(slow[0].measure,
                                                                            "does too much work")
        return f"correct, but {cost} as n grows"
    return common.VERDICT_WORDS[r.verdict]


def _header(r: Report, title: str) -> list[str]:
    state = ("inconclusive" if r.verdict == Verdict.INCONCLUSIVE or r.partial
             else "passed" if r.verdict == Verdict.PASSED else "failed")
    out = [f'<header class="header {state}">', "<div>", f"<h1>{_e(title)}</h1>",
           f"<div>{_badge(r.verdict.value)} <span class=\"muted\">"
           f"{_e(_verdict_words(r))}</span></div>",
           *([f'<p>{_badge("partial")} only the tests matching -k <code>{_e(r.keyword)}</code> '
              "ran: not a whole grade</p>"] if r.partial else []),
           f'<p class="reason">{_e(r.reason)}</p>', "</div>",
           f'<div class="score">{r.score:.1f}<small>/100</small></div>', "</header>"]
    meta = []
    if r.submission:
        s = r.submission
        meta += [("submission", f"<code>{_e(s.path)}</code> ({_e(s.kind)}, module "
                                f"<code>{_e(s.module)}</code>)"),
                 ("files", ", ".join(f"<code>{_e(f)}</code>" for f in s.files)),
                 ("sha256", f"<code>{_e(s.sha256)}</code>")]
    sandbox = f"{_e(r.sandbox.backend)}: {_e(r.sandbox.isolation)}"
    if r.sandbox.restarts:
        sandbox += f" (worker restarted {r.sandbox.restarts}×)"
    meta += [("sandbox", sandbox),
             ("run", f"{_e(r.mode)} · {r.duration_s:.2f} s · {_e(r.audience)} view · grader "
                     f"{_e(r.grader_version)} · schema {_e(r.schema_version)}")]
    out.append('<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
               + "</dl>")
    return out


def _meter(share: float) -> str:
    return f'<span class="meter"><span style="width:{100 * share:.0f}%"></span></span>'


def _scores(r: Report) -> list[str]:
    ran = [row for row in common.score_rows(r) if row.share is not None]
    if not ran:
        return []
    total_w = sum(row.weight for row in ran) or 1.0
    out = ['<h2 id="score">Score</h2>', "<table>",
           '<tr><th>stage</th><th></th><th class="num">share</th><th class="num">weight</th>'
           '<th class="num">points</th></tr>']
    for row in ran:
        out.append(f"<tr><td>{row.name}</td><td>{_meter(row.share or 0.0)}</td>"
                   f'<td class="num">{common.pct(row.share)}</td>'
                   f'<td class="num">{row.weight / total_w:.2f}</td>'
                   f'<td class="num">{row.points:.1f}</td></tr>')
    out += [f'<tr><th>total</th><th></th><th></th><th></th><th class="num">{r.score:.1f}'
            "</th></tr>", "</table>"]
    return out


def _test_row(r: Report, t: TestResult) -> str:
    extra = []
    if common.extra_details(r, t):
        extra.append(f"<details><summary>details</summary><pre>{_e(common.extra_details(r, t))}"
                     "</pre></details>")
    if t.output.strip():
        extra.append(f"<details><summary>printed</summary><pre>{_e(t.output)}</pre></details>")
    cls = "" if t.verdict in (Verdict.PASSED, Verdict.SKIPPED) else ' class="bad"'
    return (f"<tr{cls}><td>{_badge(t.verdict.value)}</td>"
            f"<td><code>{_e(common.short_name(t.name))}</code></td>"
            f'<td class="num">{t.duration_s:.3f} s</td>'
            f"<td>{_e(t.message)}{''.join(extra)}</td></tr>")


def _tests(r: Report) -> list[str]:
    groups = common.by_category(r.tests)
    if not groups:
        return []
    out = [f'<h2 id="tests">Tests: {_e(common.passed_of(r.tests))}</h2>']
    for cat, tests in groups.items():
        ok = common.passed_count(tests)
        bad = bool(common.failing(tests))
        out += [f'<details class="category"{" open" if bad else ""}><summary>{_e(cat)}: '
                f"{_e(common.passed_of(tests))} "
                f"{_meter(ok / max(len(common.counted(tests)), 1))}</summary>", "<table>",
                '<tr><th>verdict</th><th>test</th><th class="num">time</th><th>message</th></tr>']
        ordered = (common.failing(tests) + [t for t in tests if t.verdict == Verdict.PASSED]
                   + common.skipped(tests))
        out += [_test_row(r, t) for t in ordered]
        out += ["</table>", "</details>"]
    return out


def _complexity(r: Report) -> list[str]:
    if not r.complexity:
        return []
    out = ['<h2 id="complexity">Complexity</h2>',
           '<p class="muted">Cost of the submission and the reference solution at the same '
           "sizes in the same run (log-log). The dotted curve is the expected class, scaled to "
           "the reference.</p>"]
    for i, p in enumerate(r.complexity):
        out.append(f'<section class="probe" id="probe-{i}">')
        out.append(f"<h3>{_badge(p.verdict)} <code>{_e(p.probe)}</code> "
                   f'<span class="muted">({_e(p.measure)})</span> — '
                   f"{_e(common.probe_headline(p))}</h3>")
        svg = plot_svg(p, f"p{i}")
        empty = '<p class="muted">no measurements to plot</p>'
        out.append(f'<figure class="plot" style="margin:0">{svg or empty}</figure>')
        out.append("<div>" + _probe_table(p)
                   + (f"<p>{_e(p.note)}</p>" if p.note else "") + "</div>")
        out.append("</section>")
    return out


def _probe_table(p: ComplexityResult) -> str:
    caption = (f'<caption class="muted" style="caption-side:bottom;text-align:left">in '
               f"{_e(p.unit)}</caption>" if common.unit_in_header(p.unit) else "")
    rows = [f'<table>{caption}<tr><th class="num">n</th>'
            '<th class="num">submission</th><th class="num">reference</th>'
            '<th class="num">ratio</th></tr>']
    for n, s, ref in common.points(p):
        ratio = f"{s / ref:.3g}×" if s is not None and ref else ""
        sub_text = "did not finish" if s is None else common.fmt_cell(s, p.unit)
        ref_text = "—" if ref is None else common.fmt_cell(ref, p.unit)
        rows.append(f'<tr><td class="num">{common.fmt_size(n)}</td>'
                    f'<td class="num">{_e(sub_text)}</td><td class="num">{_e(ref_text)}</td>'
                    f'<td class="num">{ratio}</td></tr>')
    return "".join(rows) + "</table>"


def plot_svg(p: ComplexityResult, ident: str) -> str:
    """The probe's log-log plot as an inline <svg> element (ids prefixed with `ident`)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    rows = common.points(p)
    if not any(v is not None and v > 0 for _, s, r in rows for v in (s, r)):
        return ""  # nothing a log scale can show
    with matplotlib.rc_context({"svg.hashsalt": f"grader-{ident}", "svg.fonttype": "path",
                                "font.size": 9, "axes.spines.top": False,
                                "axes.spines.right": False}):
        fig = Figure(figsize=(5.6, 3.4), layout="constrained")
        ax = fig.add_subplot()
        sub = [(n, s) for n, s, _ in rows if s is not None and s > 0]
        ref = [(n, r) for n, _, r in rows if r is not None and r > 0]
        expected = common.expected_curve(p)
        if expected:
            ax.plot(*zip(*expected, strict=True), linestyle=":", color="#8c959f", linewidth=1.6,
                    label=f"expected {p.expected} (scaled)")
        if ref:
            ax.plot(*zip(*ref, strict=True), marker="s", markersize=4, linestyle="--",
                    color="#0969da", linewidth=1.6, label="reference")
        if sub:
            ax.plot(*zip(*sub, strict=True), marker="o", markersize=4.5,
                    color="#cf222e" if p.verdict == ProbeVerdict.FAILED else "#1a7f37", linewidth=2,
                    label="submission")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("n (input size)")
        ax.set_ylabel(f"{p.measure} ({p.unit})")
        ax.grid(True, which="major", color="#d0d7de", linewidth=0.6)
        ax.legend(loc="best", frameon=False)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    # Several plots share one page: keep their ids (clip paths, markers) apart.
    svg = re.sub(r'id="([^"]+)"', rf'id="{ident}-\1"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', rf"\1{ident}-\2", svg)
    label = _e(f"{p.probe}: submission vs reference, {common.probe_headline(p)}")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def _quality(r: Report) -> list[str]:
    q = r.quality
    if q is None:
        return []
    out = [f'<h2 id="quality">Quality: {q.score:.0%}</h2>', '<div class="cards">']
    cards = []
    if q.mi is not None:
        cards.append(("maintainability index", f"{q.mi:.1f}", f"rank {q.mi_rank}"))
    if q.worst_block:
        b = q.worst_block
        cards.append(("most complex", f"CC {b.complexity}", f"{b.name}, rank {b.rank}, "
                                                           f"line {b.line}"))
    cards.append(("lint findings", str(len(q.lint.findings)) if q.lint.ran else "—",
                  "ruff " + ",".join(q.lint.select) if q.lint.ran else "ruff did not run"))
    cards.append(("rule violations", str(len(q.rule_findings)),
                  f"{len(q.suspicious_findings)} suspicious"))
    d = q.docs_typing
    if d.public_functions:
        cards.append(("docstrings / hints", f"{d.with_docstring}/{d.with_type_hints}",
                      f"of {d.public_functions} public functions"))
    out += [f'<div class="card"><div class="label">{_e(label)}</div><div class="big">'
            f'{_e(big)}</div><div class="muted">{_e(small)}</div></div>'
            for label, big, small in cards]
    out.append("</div>")
    findings = [("rule violation", f.file, f.line, f.col, f.rule_id, f.message)
                for f in q.rule_findings]
    findings += [("suspicious", f.file, f.line, f.col, f.rule_id, f.message)
                 for f in q.suspicious_findings]
    findings += [("lint", f.file, f.line, f.col, f.code, f.message) for f in q.lint.findings]
    if common.reviewer(r):
        findings += [("tamper signal", s.file, s.line, 0, s.kind, s.detail)
                     for s in q.tamper_signals]
    if findings:
        out += ["<h3>Findings by line</h3>", "<table>",
                "<tr><th>where</th><th>kind</th><th>code</th><th>message</th></tr>"]
        for kind, file, line, col, what, message in sorted(findings, key=lambda f: f[1:4]):
            where = f"{file}:{line}" + (f":{col}" if col else "")
            out.append(f"<tr><td><code>{_e(where)}</code></td><td>{_e(kind)}</td>"
                       f"<td><code>{_e(what)}</code></td><td>{_e(message)}</td></tr>")
        out.append("</table>")
    for f in q.files:
        out.append(f"<h3><code>{_e(f.path)}</code></h3>")
        if f.error:
            out.append(f"<p>{_e(f.error)}</p>")
            continue
        facts = []
        if f.raw:
            facts.append(f"{f.raw.sloc} source lines, {f.raw.comments} comments")
        if f.mi is not None:
            facts.append(f"MI {f.mi:.1f} ({f.mi_rank})")
        if f.average_complexity is not None:
            facts.append(f"mean CC {f.average_complexity:.2f}")
        if f.halstead:
            facts.append(f"Halstead volume {f.halstead.volume:.0f}, "
                         f"difficulty {f.halstead.difficulty:.1f}")
        out.append(f'<p class="muted">{_e(" · ".join(facts))}</p>')
        if f.blocks:
            out += ["<table>", '<tr><th>block</th><th>kind</th><th class="num">lines</th>'
                    '<th class="num">cyclomatic complexity</th><th>rank</th></tr>']
            out += [f"<tr><td><code>{_e(b.name)}</code></td><td>{_e(b.kind)}</td>"
                    f'<td class="num">{b.line}–{b.end_line}</td>'
                    f'<td class="num">{b.complexity}</td><td>{_e(b.rank)}</td></tr>'
                    for b in f.blocks]
            out.append("</table>")
    comps = q.score_breakdown.components
    if comps:
        out += ["<h3>Quality score</h3>", "<table>",
                '<tr><th>term</th><th class="num">measured</th><th></th>'
                '<th class="num">value</th><th class="num">weight</th></tr>']
        for c in comps:
            measured = f"{c.measured:.2f}" if isinstance(c.measured, float) else (
                "—" if c.measured is None else str(c.measured))
            out.append(f'<tr><td>{_e(c.name)}</td><td class="num">{_e(measured)}</td>'
                       f'<td>{_meter(c.value)}</td><td class="num">{c.value:.0%}</td>'
                       f'<td class="num">{c.weight:g}</td></tr>')
        out += ["</table>", f'<p class="muted">{_e(q.score_breakdown.formula)}</p>']
    out += [f'<p class="muted">note: {_e(n)}</p>' for n in q.notes + q.lint.notes]
    return out


def _extras(r: Report) -> list[str]:
    out = []
    if r.output.strip():
        out += ['<h2 id="output">Output printed by the submission</h2>',
                f"<pre>{_e(r.output)}</pre>"]
    if r.notes:
        out += ['<h2 id="notes">Notes</h2>'] + [f"<pre>{_e(n)}</pre>" for n in r.notes]
    return out
