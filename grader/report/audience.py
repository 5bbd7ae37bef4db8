"""What each audience may read: candidates never see hidden inputs or reviewer detail.

For the candidate audience every test loses its `details` (assertion rewrites and
tracebacks quote the hidden inputs). A *secret* test that did not pass also loses
its message, and every secret test loses what the submission printed during it
(a submission that prints its arguments would otherwise echo the hidden input
back) and the parameter id of its name (`test_x[<input>]`). The same text is cut
out of the report-wide output and the reason line. Applying this twice changes
nothing, so every renderer may apply it again.
"""

import re

from grader.report.model import Report

HIDDEN = "a hidden test failed (its input is not shown to candidates)"
HIDDEN_OUTPUT = "[output printed during a secret test is not shown to candidates]"
_PARAM = re.compile(r"\[.*\]$", re.DOTALL)


def for_audience(report: Report) -> Report:
    if report.audience == "reviewer":
        return report
    tests, renamed, secret_outputs = [], {}, []
    counts: dict[str, int] = {}
    for t in report.tests:
        update = {"details": ""}
        if t.secret:
            if t.verdict != "passed":
                update["message"] = HIDDEN
            if t.output and t.output != HIDDEN_OUTPUT:
                secret_outputs.append(t.output)
                update["output"] = HIDDEN_OUTPUT
            if _PARAM.search(t.name):
                base = _PARAM.sub("", t.name)
                counts[base] = counts.get(base, 0) + 1
                update["name"] = f"{base}[{counts[base]}]"
                renamed[t.name] = update["name"]
        tests.append(t.model_copy(update=update))
    output, reason = report.output, report.reason
    for text in sorted(secret_outputs, key=len, reverse=True):
        output = output.replace(text, HIDDEN_OUTPUT + "\n")
    for old, new in renamed.items():
        reason = reason.replace(old.split("::")[-1], new.split("::")[-1])
    return report.model_copy(update={"tests": tests, "output": output, "reason": reason})
