"""The JSON report: every key design.md fixes, valid against the model's own JSON schema."""

import jsonschema
from conftest import FIXTURES

from grader.report.model import Report

DESIGN_KEYS = {"schema_version", "challenge", "submission", "verdict", "score", "tests",
               "complexity", "quality", "sandbox", "duration_s"}
VERDICTS = {"passed", "failed", "error", "timeout", "memory-limit", "crashed", "rejected",
            "internal-error"}


def test_json_report_has_design_keys_and_matches_schema(run):
    result = run("grade", "lru-cache", str(FIXTURES / "lru" / "wrong_fifo.py"), "--sandbox",
                 "local", "--format", "json")
    report = result.json
    assert DESIGN_KEYS <= set(report)
    jsonschema.validate(report, Report.model_json_schema(mode="serialization"))
    assert report["verdict"] in VERDICTS
    assert 0 <= report["score"] <= 100
    for test in report["tests"]:
        assert {"name", "verdict", "message", "duration_s"} <= set(test)
        assert test["verdict"] in VERDICTS
    assert {"backend", "isolation"} <= set(report["sandbox"])


def test_schema_rejects_a_report_missing_a_key(run):
    result = run("grade", "lru-cache", str(FIXTURES / "lru" / "wrong_fifo.py"), "--sandbox",
                 "local", "--format", "json")
    report = result.json
    del report["verdict"]
    try:
        jsonschema.validate(report, Report.model_json_schema(mode="serialization"))
    except jsonschema.ValidationError as exc:
        assert "verdict" in exc.message
    else:
        raise AssertionError("a report without a verdict must not validate")
