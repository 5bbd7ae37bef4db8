"""One entry point for every report format: `render(report, fmt)`.

Each format lives in its own module and only reads the Report. The report is put
through the audience filter first (again, if the pipeline already did: it is
idempotent), so no renderer can show a candidate what only a reviewer may read.
"""

from grader.report.audience import for_audience
from grader.report.model import Report

FORMATS = ["text", "json", "junit", "markdown", "html", "gradescope", "exercism"]


def render(report: Report, fmt: str, colour: bool = False, width: int | None = None) -> str:
    """The report as `fmt`; `colour` (ANSI) and `width` (columns) apply to text only."""
    report = for_audience(report)
    if fmt == "text":
        from grader.report.text import render_text

        return render_text(report, colour=colour, width=width)
    if fmt == "json":
        from grader.report.json_format import render_json

        return render_json(report)
    if fmt == "junit":
        from grader.report.junit import render_junit

        return render_junit(report)
    if fmt == "markdown":
        from grader.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from grader.report.html import render_html

        return render_html(report)
    if fmt == "gradescope":
        from grader.report.gradescope import render_gradescope

        return render_gradescope(report)
    if fmt == "exercism":
        from grader.report.exercism import render_exercism

        return render_exercism(report)
    raise ValueError(f"unknown report format {fmt!r} (one of: {', '.join(FORMATS)})")
