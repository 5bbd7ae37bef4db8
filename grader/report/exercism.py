"""Exercism's test-runner results.json, version 3.

Spec: exercism.org/docs/building/tooling/test-runners/interface. status is pass, fail
or error (error: no test ran, e.g. a syntax error, with a top-level message). Tests
come in the order they ran, which is the order of the test file. Hidden tests are
secret, so `test_code` is empty for candidates; the Report carries no test source,
so for reviewers it names the test (its pytest node id). Per-test output is limited
to 500 characters by the spec.
"""

import json

from grader.report import common
from grader.report.model import Report
from grader.verdicts import ProbeVerdict, Verdict

OUTPUT_LIMIT = 500
TRUNCATED = "\nOutput was truncated. Please limit to 500 chars"


def _output(text: str) -> str | None:
    if not text:
        return None
    if len(text) <= OUTPUT_LIMIT:
        return text
    return text[: OUTPUT_LIMIT - len(TRUNCATED)] + TRUNCATED


def render_exercism(report: Report) -> str:
    tests = []
    for t in report.tests:
        # Exercism's schema has no "skip": a skipped test reads as one that did not fail,
        # and its message says it was skipped (it does not make the status fail).
        status = ("pass" if t.verdict in (Verdict.PASSED, Verdict.SKIPPED) else
                  "fail" if t.verdict == Verdict.FAILED else "error")
        message = common.full_message(report, t) or (
            None if t.verdict == Verdict.PASSED else common.VERDICT_WORDS[t.verdict])
        if t.verdict == Verdict.SKIPPED:
            message = f"skipped: {message}"
        entry = {"name": f"{t.category}: {common.short_name(t.name)}",
                 "test_code": t.name if common.reviewer(report) else "",
                 "status": status, "message": message}
        output = _output(t.output)
        if output is not None:
            entry["output"] = output
        tests.append(entry)
    for p in report.complexity:
        failed = p.verdict == ProbeVerdict.FAILED and not p.advisory
        note = f"{p.verdict}: {common.probe_headline(p)}" + (f"; {p.note}" if p.note else "")
        tests.append({"name": f"complexity: {p.probe} ({p.measure})", "test_code": "",
                      "status": "fail" if failed else "pass", "message": note})
    nothing_ran = not report.tests and report.verdict != Verdict.PASSED
    if nothing_ran:
        detail = "\n\n".join(n.strip() for n in report.notes if n.strip())
        result = {"version": 3, "status": "error",
                  "message": report.reason + (f"\n\n{detail}" if detail else ""), "tests": tests}
    elif report.verdict == Verdict.INCONCLUSIVE:  # the grader could not reach a verdict
        result = {"version": 3, "status": "error", "message": report.reason, "tests": tests}
    else:
        status = "pass" if report.verdict == Verdict.PASSED and not report.partial else "fail"
        if status == "fail" and all(t["status"] == "pass" for t in tests):
            # The verdict failed on something that is not a test (e.g. a static rule): say so.
            tests.append({"name": "submission", "test_code": "", "status": "fail",
                          "message": report.reason})
        result = {"version": 3, "status": status, "message": None, "tests": tests}
    return json.dumps(result, indent=2, ensure_ascii=False) + "\n"
