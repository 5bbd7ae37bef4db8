"""JUnit XML, the shape CI systems read (GitHub, GitLab, Jenkins, Azure, CircleCI).

One <testsuites> with up to three suites: the hidden tests (one <testcase> each,
classname `<challenge>.<category>`), the complexity probes, and the quality stage
(rule findings, lint). A failed test carries <failure>; a test the submission did not
finish (error, timeout, crashed, memory-limit, internal-error) carries <error>; an
inconclusive or advisory probe and a suspicious finding are <skipped> with the reason,
so they show without failing the build. The submission's output is <system-out>.
"""

import xml.etree.ElementTree as ET

from grader.report import common
from grader.report.model import Report, TestResult
from grader.verdicts import ProbeVerdict, Verdict

FAILURE_VERDICTS = {Verdict.FAILED, Verdict.REJECTED}
MESSAGE_LIMIT = 1000


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", name=f"grader: {report.challenge}")
    suites = [_tests_suite(report)]
    if report.complexity:
        suites.append(_complexity_suite(report))
    if report.quality is not None:
        suites.append(_quality_suite(report))
    for suite in suites:
        root.append(suite)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in suites)))
    root.set("time", _time(report.duration_s))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _time(seconds: float) -> str:
    return f"{seconds:.3f}"


def _clean(text: str) -> str:
    """XML 1.0 forbids most control characters, even escaped; a submission may print them."""
    return "".join(c if c in "\t\n\r" or (" " <= c and c not in "\ufffe\uffff") else "\ufffd"
                   for c in text)


def _suite(name: str) -> ET.Element:
    return ET.Element("testsuite", name=name)


def _count(suite: ET.Element, time: float | None = None) -> ET.Element:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    for key, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
        suite.set(key, str(sum(c.find(tag) is not None for c in cases)))
    suite.set("time", _time(time if time is not None else
                            sum(float(c.get("time", "0")) for c in cases)))
    return suite


def _case(suite: ET.Element, classname: str, name: str, time: float = 0.0) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=classname, name=_clean(name),
                         time=_time(time))


def _outcome(case: ET.Element, tag: str, kind: str, message: str, body: str = "") -> None:
    element = ET.SubElement(case, tag, type=kind,
                            message=_clean(common.truncate(message, MESSAGE_LIMIT)))
    if body:
        element.text = _clean(body)


def _properties(suite: ET.Element, report: Report) -> None:
    props = ET.SubElement(suite, "properties")
    values = {"challenge": report.challenge, "verdict": report.verdict.value,
              "score": f"{report.score:.1f}", "reason": report.reason,
              "audience": report.audience, "sandbox": report.sandbox.backend,
              "isolation": report.sandbox.isolation, "grader_version": report.grader_version,
              "schema_version": report.schema_version}
    if report.partial:  # only the tests matching -k ran: not a whole grade
        values["partial"] = "true"
        values["keyword"] = report.keyword or ""
    if report.submission:
        values["submission"] = report.submission.path
        values["sha256"] = report.submission.sha256
    for name, value in values.items():
        ET.SubElement(props, "property", name=name, value=_clean(value))


def _tests_suite(report: Report) -> ET.Element:
    kind = "public examples" if report.mode == "check" else "hidden tests"
    suite = _suite(f"{report.challenge}: {kind}")
    _properties(suite, report)
    for t in report.tests:
        _test_case(suite, report, t)
    if not report.tests and report.verdict != Verdict.PASSED:
        # Nothing ran (syntax error, missing name, the worker died at import): say why.
        case = _case(suite, f"{report.challenge}.submission", "load the submission")
        tag = "failure" if report.verdict in FAILURE_VERDICTS else "error"
        _outcome(case, tag, report.verdict.value, report.reason,
                 "\n\n".join(n.strip() for n in report.notes))
    if report.output:
        ET.SubElement(suite, "system-out").text = _clean(report.output)
    return _count(suite, report.duration_s)


def _test_case(suite: ET.Element, report: Report, t: TestResult) -> None:
    case = _case(suite, f"{report.challenge}.{t.category}", common.short_name(t.name),
                 t.duration_s)
    if t.verdict == Verdict.SKIPPED:
        ET.SubElement(case, "skipped", message=_clean(t.message or "skipped"))
    elif t.verdict != Verdict.PASSED:
        tag = "failure" if t.verdict in FAILURE_VERDICTS else "error"
        _outcome(case, tag, t.verdict.value, t.message or common.VERDICT_WORDS[t.verdict],
                 common.full_message(report, t))
    if t.output:
        ET.SubElement(case, "system-out").text = _clean(t.output)


def _complexity_suite(report: Report) -> ET.Element:
    suite = _suite(f"{report.challenge}: complexity")
    for p in report.complexity:
        case = _case(suite, f"{report.challenge}.complexity", f"{p.probe} ({p.measure})")
        headline = common.probe_headline(p)
        rows = [f"{'n':>10}  {'submission':>14}  {'reference':>14}"] + [
            f"{n:>10}  {'-' if s is None else common.fmt_value(s, p.unit):>14}  "
            f"{'-' if r is None else common.fmt_value(r, p.unit):>14}"
            for n, s, r in common.points(p)]
        body = "\n".join(([p.note, ""] if p.note else []) + rows)
        if p.verdict == ProbeVerdict.FAILED and not p.advisory:
            _outcome(case, "failure", "complexity", headline, body)
        elif p.verdict == ProbeVerdict.FAILED:
            ET.SubElement(case, "skipped", message=_clean(f"advisory probe failed: {headline}"))
        elif (p.verdict == ProbeVerdict.INCONCLUSIVE and not p.advisory
              and report.verdict == Verdict.INCONCLUSIVE):  # it left the grade undecided
            _outcome(case, "error", "inconclusive", headline, body)
        elif p.verdict == ProbeVerdict.INCONCLUSIVE:
            ET.SubElement(case, "skipped", message=_clean(
                f"inconclusive: {headline}" + (f"; {p.note}" if p.note else "")))
        ET.SubElement(case, "system-out").text = _clean(f"{headline}\n{body}")
    return _count(suite)


def _quality_suite(report: Report) -> ET.Element:
    q = report.quality
    assert q is not None  # called only for a report with a quality stage
    suite = _suite(f"{report.challenge}: quality")
    props = ET.SubElement(suite, "properties")
    metrics = {"quality_score": f"{q.score:.4f}", "lint_findings": str(len(q.lint.findings))}
    if q.mi is not None:
        metrics["maintainability_index"] = f"{q.mi:.2f}"
        metrics["maintainability_rank"] = q.mi_rank or ""
    if q.worst_block:
        metrics["worst_block"] = f"{q.worst_block.name} (CC {q.worst_block.complexity}, " \
                                 f"rank {q.worst_block.rank})"
    for name, value in metrics.items():
        ET.SubElement(props, "property", name=name, value=_clean(value))
    for f in q.rule_findings:
        case = _case(suite, f"{report.challenge}.rules", f"{f.rule_id} at {f.file}:{f.line}")
        _outcome(case, "failure", "rule-violation", f"{f.file}:{f.line}:{f.col}: {f.message}")
    for f in q.suspicious_findings:
        case = _case(suite, f"{report.challenge}.rules", f"{f.rule_id} at {f.file}:{f.line}")
        ET.SubElement(case, "skipped",
                      message=_clean(f"suspicious, for a reviewer: {f.file}:{f.line}:{f.col}: "
                                     f"{f.message}"))
    if not q.rule_findings and not q.suspicious_findings:
        _case(suite, f"{report.challenge}.rules", "static rules")
    lint = _case(suite, f"{report.challenge}.lint", "ruff")
    if not q.lint.ran:
        ET.SubElement(lint, "skipped", message="ruff could not be run")
    elif q.lint.findings:
        # Lint counts toward the quality score, never toward the verdict: report, don't fail.
        ET.SubElement(lint, "system-out").text = _clean("\n".join(
            f"{f.file}:{f.line}:{f.col}: {f.code} {f.message}" for f in q.lint.findings))
    return _count(suite)
