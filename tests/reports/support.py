"""Paths and settings shared by the report tests."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
GOLDEN = HERE / "golden"
SCHEMAS = HERE / "schemas"
ARTIFACTS = REPO / "artifacts"  # gitignored: screenshots of each run
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
