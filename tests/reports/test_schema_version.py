"""The JSON report's schema is versioned: changing it without a SCHEMA_VERSION bump fails.

tests/reports/golden/schema_version.json holds the version and the sha256 of the
schema it names. After changing the model: bump SCHEMA_VERSION in
grader/report/model.py, then `pytest tests/reports --update-golden`.
"""

import hashlib
import json

from grader.report.json_format import render_schema, report_schema
from grader.report.model import SCHEMA_VERSION

from .support import GOLDEN

GOLDEN_FILE = GOLDEN / "schema_version.json"


def schema_sha256() -> str:
    canonical = json.dumps(report_schema(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def test_schema_changes_only_with_a_version_bump(update_golden):
    current = {"schema_version": SCHEMA_VERSION, "sha256": schema_sha256()}
    if update_golden:
        GOLDEN_FILE.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
        return
    recorded = json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))
    if current["sha256"] != recorded["sha256"]:
        assert current["schema_version"] != recorded["schema_version"], (
            f"the Report's JSON schema changed but SCHEMA_VERSION is still "
            f"{SCHEMA_VERSION!r}: answer repositories and CI scripts read these keys. Bump "
            "SCHEMA_VERSION in grader/report/model.py, then run "
            "`pytest tests/reports --update-golden`")
    assert current == recorded, (
        f"SCHEMA_VERSION is {SCHEMA_VERSION!r} but {GOLDEN_FILE.name} records "
        f"{recorded['schema_version']!r}: run `pytest tests/reports --update-golden`")


def test_grader_schema_prints_the_schema(run):
    result = run("schema")
    assert result.code == 0, result
    assert result.out == render_schema()
    assert json.loads(result.out)["title"] == "Report"
