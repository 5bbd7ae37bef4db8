"""One entry point for every report format: `render(report, fmt)`.

Each format lives in its own module and only reads the Report; FORMATS is the
registry the CLI's --format choices come from (a new format: one module, one line).
The report is put through the audience filter first (again, if the pipeline
already did: it is idempotent), so no renderer can show a candidate what only a
reviewer may read. Then every string in it is made safe for a terminal (but in JSON,
which keeps the data as it came), and the rendered text is made unable to start a
GitHub workflow command (grader.report.escape says how and why).
"""

import importlib

from grader.report import escape
from grader.report.audience import for_audience
from grader.report.model import Report

# name -> "module:function"; imported on use, so one format's libraries
# (matplotlib for html) load only when that format is asked for.
FORMATS: dict[str, str] = {
    "text": "grader.report.text:render_text",
    "json": "grader.report.json_format:render_json",
    "junit": "grader.report.junit:render_junit",
    "markdown": "grader.report.markdown:render_markdown",
    "html": "grader.report.html:render_html",
    "gradescope": "grader.report.gradescope:render_gradescope",
    "exercism": "grader.report.exercism:render_exercism",
}
TERMINAL_FORMATS = {"text"}  # the formats that take colour and width
DATA_FORMATS = {"json"}  # strings kept as they came (JSON escapes what it must)
# How each format writes a character that breaks a workflow command (default: visibly).
COMMAND_BREAKS = {"json": "json", "gradescope": "json", "exercism": "json", "junit": "xml",
                  "html": "xml"}


def render(report: Report, fmt: str, colour: bool = False, width: int | None = None) -> str:
    """The report as `fmt`; `colour` (ANSI) and `width` (columns) apply to text only."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of: {', '.join(FORMATS)})")
    module, _, name = FORMATS[fmt].partition(":")
    renderer = getattr(importlib.import_module(module), name)
    report = for_audience(report)
    if fmt not in DATA_FORMATS:
        report = escape.terminal_report(report)
    if fmt in TERMINAL_FORMATS:
        text = renderer(report, colour=colour, width=width)
    else:
        text = renderer(report)
    return escape.no_workflow_commands(text, COMMAND_BREAKS.get(fmt, "visible"))
