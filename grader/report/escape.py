"""Untrusted text made inert, one function per kind of output.

A submission's strings (exception messages, what it printed, values quoted in a failed
assert) and the names of its files reach every output. Whatever they hold, they must show
as text: no terminal control sequence, no Markdown link, image or raw HTML, no GitHub
workflow command. Renderers call these on untrusted text only; what the grader writes
itself (styles, tables, HTML) stays as written. The report model already replaced lone
surrogates (grader.report.model.encodable), so every function here can encode its result.

GitHub's runner reads workflow commands from every line a step prints: a line that starts
with `::` (after white space), and the legacy `##[command]` anywhere in a line
(actions/runner ActionCommand.TryParseV2 and TryParse). `workflow_message` and
`workflow_property` follow its escaping rules; `no_workflow_commands` is the last pass over
any text the grader prints, so a line it did not write itself can never start one.
"""

import re

from grader.report.model import Report, encodable

# Characters a terminal acts on: C0 and C1 controls, DEL, and the bidirectional overrides
# and isolates that reorder what is shown around them. Shown escaped, as Python would.
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0, 32), 127, *range(0x80, 0xA0))}
_CONTROLS.update({c: f"\\u{c:04x}" for c in _BIDI})
_LAYOUT = {**_CONTROLS, ord("\n"): "\n", ord("\t"): "\t"}  # newlines and tabs kept
_ONE_LINE = {**_CONTROLS, ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"}

# Markdown (GitHub's): characters that build links, images, code, HTML, emphasis, tables,
# math and mentions are escaped wherever they are; a backslash makes each literal. A few
# build something only in one place: a scheme's `://` and `www.` (bare-URL autolinks), and
# at the start of a line a list item or a heading.
_MARKDOWN = {ord(c): "\\" + c for c in "\\`*_[]|~#@$"}
_MARKDOWN.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\n"): "<br>"})
_AUTOLINK = re.compile(r":(?=//)|(?i:(?<=www))\.")
_LINE_START = re.compile(r"^([-+=]|\d{1,9}(?=[.)]))")
_BACKTICKS = re.compile(r"`+")
_LINES = re.compile(r"(\r\n|\r|\n)")


def terminal(text: str, one_line: bool = False) -> str:
    """Safe to print: control and bidi characters shown escaped (`\\x1b`); newlines and tabs
    kept, or, with `one_line`, escaped too (a line of a log the text cannot break)."""
    text = encodable(text)
    if one_line:
        return text.translate(_ONE_LINE)
    return text.replace("\r\n", "\n").translate(_LAYOUT)


def markdown_text(text: str, line_start: bool = False) -> str:
    """Plain text inside Markdown (a table cell, a list item; a paragraph with `line_start`):
    every character with a Markdown meaning escaped, HTML inert, newlines as <br> (one
    table row, one paragraph)."""
    text = _AUTOLINK.sub(lambda m: "\\" + m[0], terminal(text).translate(_MARKDOWN))
    if line_start:
        text = _LINE_START.sub(lambda m: m[0] + "\\" if m[0][0].isdigit() else "\\" + m[0],
                               text)
    return text


def markdown_code(text: str) -> str:
    """An inline code span no backtick inside can close (the fence is longer than any run
    of backticks in the text), on one line. A pipe would need a backslash inside a table
    cell, where a backslash before it changes its meaning: such text goes as escaped
    plain text instead."""
    text = terminal(text, one_line=True)
    if "|" in text or not text:
        return markdown_text(text)
    fence = "`" * (max(map(len, _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def markdown_block(text: str, info: str = "text") -> str:
    """A fenced code block no line inside can close: its fence is longer than any run of
    backticks in the text."""
    text = terminal(text).rstrip()
    fence = "`" * max(3, max(map(len, _BACKTICKS.findall(text)), default=0) + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def workflow_message(text: str) -> str:
    """The message of a workflow command (`::error ...::message`): GitHub's escapes for
    %, CR and LF; controls shown escaped; no legacy `##[` command inside."""
    text = terminal(text).replace("##[", "##\\x5b")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(text: str) -> str:
    """A property value of a workflow command (`file=`, `title=`): a message's escapes,
    plus `:` and `,`, which would end the property list or the property."""
    return workflow_message(text).replace(":", "%3A").replace(",", "%2C")


# How no_workflow_commands writes the character it breaks a command with, per output:
# shown escaped for people (text, Markdown), a character reference for XML and HTML, a
# JSON string escape (the value read back is unchanged).
COMMAND_BREAKS = {"visible": ("\\x3a", "\\x5b"), "xml": ("&#58;", "&#91;"),
                  "json": ("\\u003a", "\\u005b")}


def no_workflow_commands(text: str, style: str = "visible") -> str:
    """`text` with no line a GitHub runner would take for a workflow command: a line whose
    first non-blank characters are `::` has its first colon escaped, and every `##[` its
    bracket. The grader's own lines never look like either, so only foreign text changes."""
    colon, bracket = COMMAND_BREAKS[style]
    text = text.replace("##[", "##" + bracket)
    parts = _LINES.split(text)
    for i in range(0, len(parts), 2):  # lines at even indexes, their separators between
        line = parts[i]
        body = line.lstrip()
        if body.startswith("::"):
            parts[i] = line[: len(line) - len(body)] + colon + body[1:]
    return "".join(parts)


def _terminal_tree(value):
    if isinstance(value, str):
        return terminal(value)
    if isinstance(value, dict):
        return {k: _terminal_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_terminal_tree(v) for v in value)
    return value


def terminal_report(report: Report) -> Report:
    """The report with terminal() applied to every string in it: for the formats people
    read (every one but JSON, which keeps the data as it came)."""
    return Report.model_validate(_terminal_tree(report.model_dump()))


def log_line(text: str) -> str:
    """One line of the grader's own output that holds foreign text (a path from a
    grader.toml, a reason quoting a file name): it stays one line and starts no command."""
    return no_workflow_commands(terminal(text, one_line=True))
