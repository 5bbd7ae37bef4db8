"""Report tests: golden files, the sample report, and the headless browser.

Regenerate the golden files (and docs/img, docs/gradescope/results.json) after an
intended change of a renderer, then review the diff:

    pytest tests/reports --update-golden        # or: GRADER_UPDATE_GOLDEN=1 pytest tests
"""

import difflib
import os

import pytest

from .support import CHROMIUM, CHROMIUM_ARGS, GOLDEN, REPO


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/reports/golden/ (and docs/img) from the renderers")


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the system Chromium through Playwright")


def updating(config) -> bool:
    return bool(config.getoption("--update-golden", default=False)
                or os.environ.get("GRADER_UPDATE_GOLDEN") == "1")


@pytest.fixture
def update_golden(request) -> bool:
    return updating(request.config)


@pytest.fixture
def golden(update_golden):
    """golden(name, text): compare with tests/reports/golden/<name>, or rewrite it."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update_golden:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path.relative_to(REPO)}: "
                        "run `pytest tests/reports --update-golden` and review it")
        want = path.read_text(encoding="utf-8")
        if text != want:
            diff = "".join(list(difflib.unified_diff(
                want.splitlines(True), text.splitlines(True), f"golden/{name}", "rendered"))[:80])
            pytest.fail(f"{name} differs from its golden file; if the change is intended, run "
                        f"`pytest tests/reports --update-golden` and review the diff:\n{diff}",
                        pytrace=False)

    return check


@pytest.fixture(scope="session")
def chromium():
    """A headless system Chromium via Playwright. Missing is a failure, never a skip."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright's Python package: "
                    "`pip install playwright` (do not run `playwright install`; the tests use "
                    "the system Chromium)", pytrace=False)
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need Chromium at {CHROMIUM}: as root, "
                    "`apt-get install -y chromium`", pytrace=False)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
