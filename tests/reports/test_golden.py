"""Every format of the fixed sample report, byte for byte, for both audiences.

Regenerate after an intended change: `pytest tests/reports --update-golden`.
"""

import re

import pytest

from grader.report.render import FORMATS, render

from .sample import sample_report
from .support import REPO

EXTENSIONS = {"text": "txt", "json": "json", "junit": "xml", "markdown": "md", "html": "html",
              "gradescope": "gradescope.json", "exercism": "exercism.json"}
SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def normalise(fmt: str, text: str) -> str:
    """matplotlib's SVG differs between its versions: the golden HTML keeps a placeholder
    (test_html_plots checks the plots themselves)."""
    return SVG.sub("<svg><!-- plot --></svg>", text) if fmt == "html" else text


DOCS_EXAMPLE = REPO / "docs" / "gradescope" / "results.json"


@pytest.mark.parametrize("audience", ["reviewer", "candidate"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt, audience, golden):
    text = render(sample_report(audience), fmt, width=100)
    golden(f"{audience}.{EXTENSIONS[fmt]}", normalise(fmt, text))


def test_gradescope_docs_example_is_current(update_golden):
    """docs/gradescope/results.json is the candidate golden, shown to instructors."""
    text = render(sample_report("candidate"), "gradescope")
    if update_golden:
        DOCS_EXAMPLE.write_text(text, encoding="utf-8")
    assert DOCS_EXAMPLE.read_text(encoding="utf-8") == text, (
        "run `pytest tests/reports --update-golden`")


def test_text_in_colour_golden(golden):
    golden("reviewer.colour.txt", render(sample_report(), "text", colour=True, width=100))


def test_every_format_has_a_golden_extension():
    assert set(EXTENSIONS) == set(FORMATS)
