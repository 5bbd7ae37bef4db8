"""Turn the terminal report's ANSI colours into an HTML page, to screenshot it."""

import html
import re

SGR = re.compile(r"\x1b\[([0-9;]*)m")
COLOURS = {30: "#1e1e1e", 31: "#f14c4c", 32: "#23d18b", 33: "#f5f543", 34: "#3b8eea",
           35: "#d670d6", 36: "#29b8db", 37: "#e5e5e5"}
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #fff; }}
pre {{ display: inline-block; margin: 0; padding: 14px 18px; background: #1e1e1e; color: #d4d4d4;
       font: 13px/1.35 "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; }}
</style></head><body><pre>{}</pre></body></html>"""


def ansi_to_html(text: str) -> str:
    out, state, pos = [], {"fg": None, "bold": False, "dim": False}, 0
    spans = 0
    for match in SGR.finditer(text):
        out.append(html.escape(text[pos:match.start()]))
        pos = match.end()
        for code in [int(c) for c in match.group(1).split(";") if c] or [0]:
            if code == 0:
                state = {"fg": None, "bold": False, "dim": False}
            elif code == 1:
                state["bold"] = True
            elif code == 2:
                state["dim"] = True
            elif code in (22,):
                state["bold"] = state["dim"] = False
            elif code in COLOURS or code in (39,):
                state["fg"] = COLOURS.get(code)
        out.append("</span>" * spans)
        style = []
        if state["fg"]:
            style.append(f"color:{state['fg']}")
        if state["bold"]:
            style.append("font-weight:bold")
        if state["dim"]:
            style.append("opacity:.6")
        spans = 1 if style else 0
        if style:
            out.append(f'<span style="{";".join(style)}">')
    out.append(html.escape(text[pos:]) + "</span>" * spans)
    return PAGE.format("".join(out))
