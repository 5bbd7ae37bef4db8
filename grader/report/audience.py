"""What each audience may read: candidates never see hidden inputs or reviewer detail.

For the candidate audience every test loses its `details` (assertion rewrites and
tracebacks quote the hidden inputs). A *secret* test that did not pass also loses
its message, and every secret test loses what the submission printed during it
(a submission that prints its arguments would otherwise echo the hidden input
back) and the parameter id of its name (`test_x[<input>]`), renamed in the reason
line too.

What the submission printed is given to a test by when it arrived, and it may arrive
late (the local backend reads it from its own pipe): what a secret test fed it can
show up in the output of any test after it. So for candidates, the output of every
test from the first secret one on is withheld, with a line saying why. The
report-wide output is everything printed, and no part of it can be told apart for
sure as a secret test's (a test's own share is cut at 4000 characters, and a worker
restarted during a test takes its share with it): when a secret test ran, it is one
line saying so. Applying this twice changes nothing, so every renderer may apply it
again.
"""

import re

from grader.report.model import Report

HIDDEN = "a hidden test failed (its input is not shown to candidates)"
HIDDEN_OUTPUT = "[output printed during a secret test is not shown to candidates]"
LATE_OUTPUT = ("[output printed after a secret test began is not shown to candidates: what "
               "that test fed the submission may arrive late]")
WITHHELD_OUTPUT = ("[not shown to candidates: this challenge has secret tests, and what the "
                   "submission printed during them may be anywhere in its output; what it "
                   "printed during the tests before them is shown with each test]")
_PARAM = re.compile(r"\[.*\]$", re.DOTALL)


def for_audience(report: Report) -> Report:
    if report.audience == "reviewer":
        return report
    tests, renamed = [], {}
    counts: dict[str, int] = {}
    after_secret = False
    for t in report.tests:  # in the order they ran
        update = {"details": ""}
        after_secret |= t.secret
        if after_secret and not t.secret and t.output:
            update["output"] = LATE_OUTPUT
        if t.secret:
            if t.verdict != "passed":
                update["message"] = HIDDEN
            if t.output:
                update["output"] = HIDDEN_OUTPUT
            if _PARAM.search(t.name):
                base = _PARAM.sub("", t.name)
                counts[base] = counts.get(base, 0) + 1
                update["name"] = f"{base}[{counts[base]}]"
                renamed[t.name] = update["name"]
        tests.append(t.model_copy(update=update))
    output, reason = report.output, report.reason
    if output and any(t.secret for t in report.tests):
        output = WITHHELD_OUTPUT
    for old, new in renamed.items():
        reason = reason.replace(old.split("::")[-1], new.split("::")[-1])
    return report.model_copy(update={"tests": tests, "output": output, "reason": reason})
