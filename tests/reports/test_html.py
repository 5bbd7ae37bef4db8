"""The HTML page: self-contained, one inline SVG plot per probe; then a real browser."""

import re
import xml.etree.ElementTree as ET

import pytest

from grader.report.render import render

from .ansi import ansi_to_html
from .sample import sample_report
from .support import ARTIFACTS, REPO

DOCS_IMG = REPO / "docs" / "img"


def test_html_is_self_contained():
    page = render(sample_report(), "html")
    assert page.startswith("<!DOCTYPE html>")
    for external in ("<script", "<link", "@import", "src=", 'href="http', "url(http"):
        assert external not in page, external
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing


def test_html_has_one_plot_per_probe_with_three_curves():
    report = sample_report()
    page = render(report, "html")
    svgs = re.findall(r"<svg\b.*?</svg>", page, re.DOTALL)
    assert len(svgs) == len(report.complexity)
    ids: list[str] = []
    for svg, probe in zip(svgs, report.complexity, strict=True):
        root = ET.fromstring(svg)  # well-formed XML
        assert probe.probe in root.get("aria-label")
        ids += [e.get("id") for e in root.iter() if e.get("id")]
        curves = [e for e in root.iter() if (e.get("id") or "").split("-", 1)[-1].startswith(
            "line2d_") and e.find("{http://www.w3.org/2000/svg}path") is not None]
        assert len(curves) >= 3, "submission, reference and the expected class"
    assert len(ids) == len(set(ids)), "plots on one page must not share element ids"


@pytest.mark.slow
def test_html_lists_quality_findings_by_line():
    page = render(sample_report(), "html")
    for where in ("lru_cache.py:3:8", "lru_cache.py:4:1", "lru_cache.py:12:22", "lru_cache.py:31"):
        assert f"<code>{where}</code>" in page
    assert "tamper signal" not in render(sample_report("candidate"), "html")


def test_html_escapes_what_the_submission_controls():
    report = sample_report().model_copy(update={"output": "<img src=x onerror=alert(1)>"})
    page = render(report, "html")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


# -- in a real browser -------------------------------------------------------------------

def _open(browser, path, viewport=(1200, 900)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: problems.append(f"request: {r.url}")
            if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


@pytest.mark.browser
def test_html_report_in_chromium(chromium, tmp_path, update_golden):
    html_file = tmp_path / "report.html"
    html_file.write_text(render(sample_report(), "html"), encoding="utf-8")
    page, problems = _open(chromium, html_file)
    try:
        plots = page.locator("figure.plot svg")
        assert plots.count() == 3
        for i in range(3):
            plot = plots.nth(i)
            plot.scroll_into_view_if_needed()
            assert plot.is_visible()
            box = plot.bounding_box()
            assert box and box["width"] > 200 and box["height"] > 100, box
        assert page.title().startswith("lru-cache — LRU cache: timeout")
        assert page.locator("text=test_get_refreshes_recency").first.is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-html.png"), full_page=True)
        if update_golden:  # the README's picture: from the header to the first plot
            page.evaluate("window.scrollTo(0, 0)")
            bottom = page.evaluate(
                "document.querySelector('#probe-0').getBoundingClientRect().bottom")
            page.screenshot(path=str(DOCS_IMG / "report-html.png"), full_page=True,
                            clip={"x": 0, "y": 0, "width": 1200, "height": bottom + 16})
    finally:
        page.close()
    assert not problems, problems


@pytest.mark.browser
def test_html_report_on_a_phone(chromium, tmp_path):
    html_file = tmp_path / "report.html"
    html_file.write_text(render(sample_report("candidate"), "html"), encoding="utf-8")
    page, problems = _open(chromium, html_file, viewport=(390, 844))
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 420, f"the page scrolls sideways on a phone: {width}px"
        box = page.locator("figure.plot svg").first.bounding_box()
        assert box and 0 < box["width"] <= 390
    finally:
        page.close()
    assert not problems, problems


@pytest.mark.browser
def test_text_report_screenshot(chromium, tmp_path, update_golden):
    """The coloured terminal report, drawn in a terminal-like <pre>: the README's picture."""
    text = render(sample_report(), "text", colour=True, width=100)
    html_file = tmp_path / "text.html"
    html_file.write_text(ansi_to_html(text), encoding="utf-8")
    page, problems = _open(chromium, html_file, viewport=(900, 600))
    try:
        pre = page.locator("pre")
        assert pre.is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        pre.screenshot(path=str(ARTIFACTS / "report-text.png"))
        if update_golden:
            pre.screenshot(path=str(DOCS_IMG / "report-text.png"))
    finally:
        page.close()
    assert not problems, problems
