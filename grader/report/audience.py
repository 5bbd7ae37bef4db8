"""What each audience may read: candidates never see hidden inputs or reviewer detail."""

from grader.report.model import Report

HIDDEN = "a hidden test failed (its input is not shown to candidates)"


def for_audience(report: Report) -> Report:
    if report.audience == "reviewer":
        return report
    tests = []
    for t in report.tests:
        message = t.message
        if t.verdict != "passed" and t.secret:
            message = HIDDEN
        tests.append(t.model_copy(update={"details": "", "message": message}))
    return report.model_copy(update={"tests": tests})
