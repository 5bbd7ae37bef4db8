"""The JSON report and its published schema (`grader schema`)."""

import json

from grader.report.model import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def report_schema() -> dict:
    """The JSON schema of what render_json writes (pydantic's serialization mode)."""
    return Report.model_json_schema(mode="serialization")


def render_schema() -> str:
    return json.dumps(report_schema(), indent=2, sort_keys=True) + "\n"
