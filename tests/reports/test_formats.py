"""Each format read back the way its consumer reads it: a JUnit parser, the platforms'
JSON schemas (written from their documentation), Markdown tables, the terminal."""

import json
import re

import click
import jsonschema
import pytest
from junitparser import Error, Failure, JUnitXml, Skipped

from grader.report.audience import HIDDEN, WITHHELD_OUTPUT, for_audience
from grader.report.model import Report, SandboxInfo, SubmissionInfo
from grader.report.render import FORMATS, render
from grader.verdicts import Verdict

from .sample import SECRET, sample_report
from .support import REPO, SCHEMAS

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def rejected_report(audience="candidate") -> Report:
    """Nothing ran: a syntax error. Every format must still say what happened."""
    return Report(grader_version="0.1.0", challenge="lru-cache", title="LRU cache",
                  audience=audience, verdict=Verdict.REJECTED,
                  reason="syntax error: lru_cache.py line 3: expected ':'", score=0.0,
                  submission=SubmissionInfo(path="a.py", module="lru_cache", kind="file",
                                            sha256="0" * 64, files=["lru_cache.py"]),
                  sandbox=SandboxInfo(backend="none", isolation="not started"),
                  notes=['  File "lru_cache.py", line 3\n    def get(self, key)\n'
                         "SyntaxError: expected ':'"])


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text())


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown report format"):
        render(sample_report(), "yaml")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("report", [rejected_report(), rejected_report("reviewer")],
                         ids=["candidate", "reviewer"])
def test_a_report_where_nothing_ran_renders_in_every_format(fmt, report):
    text = render(report, fmt)
    assert "syntax error" in text


# -- audiences ---------------------------------------------------------------------------

def test_audience_filter_is_idempotent():
    once = for_audience(sample_report("candidate"))
    assert for_audience(once) == once
    assert for_audience(sample_report("reviewer")) == sample_report("reviewer")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_format_shows_a_candidate_the_secret_input(fmt):
    """Render() filters even a report that did not pass through the pipeline's filter."""
    text = render(sample_report("candidate"), fmt)
    assert SECRET not in text
    assert "Traceback" not in text  # details are for reviewers
    assert SECRET in render(sample_report("reviewer"), fmt)


def test_candidate_sees_the_secret_tests_name_and_a_neutral_message():
    report = for_audience(sample_report("candidate"))
    secret = next(t for t in report.tests if t.secret)
    assert secret.name.endswith("test_random_keys_match_reference[1]")
    assert secret.message == HIDDEN and not secret.details
    # What the submission printed around a secret test cannot be told apart from what it
    # printed during it: the report-wide output is withheld, each other test's kept.
    assert report.output == WITHHELD_OUTPUT
    shown = next(t for t in report.tests if t.output and not t.secret)
    assert shown.output == "debug: capacity=-1\n"


# -- text --------------------------------------------------------------------------------

def test_text_is_plain_unless_colour_is_asked_for():
    plain = render(sample_report(), "text", width=100)
    coloured = render(sample_report(), "text", colour=True, width=100)
    assert not ANSI.search(plain)
    assert ANSI.search(coloured)
    assert click.unstyle(coloured) == plain


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_text_fits_the_terminal_width(width):
    lines = render(sample_report(), "text", width=width).splitlines()
    too_long = [line for line in lines if len(line) > width]
    assert not too_long, too_long


def test_text_width_follows_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    lines = render(sample_report(), "text").splitlines()
    assert max(len(line) for line in lines) <= 72
    assert lines[0].endswith("TIMEOUT  53.3/100") and len(lines[0]) == 72


def test_text_reads_in_triage_order():
    text = render(sample_report(), "text", width=100)
    order = [text.index(h) for h in ("\nProblems", "\nTests", "\nComplexity", "\nQuality",
                                     "\nScore")]
    assert order == sorted(order)
    problems = text[text.index("\nProblems"):text.index("\nTests")]
    # most serious first: the timeout, then the error, then the wrong answers
    assert problems.index("TIMEOUT") < problems.index("ERROR") < problems.index("FAILED")
    assert "expected 5, got -1" in problems  # the message: what was expected and what came
    assert text.rstrip().splitlines()[-1].startswith("TIMEOUT  5 of 10 tests passed")
    assert "tamper signals" in text
    assert "tamper signals" not in render(sample_report("candidate"), "text")


def test_text_draws_the_complexity_bars_on_one_scale():
    text = render(sample_report(), "text", width=100)
    rows = [line for line in text.splitlines() if line.strip().startswith("32 000")]
    assert rows, text
    sub_bar, ref_bar = re.findall(r"[█▏▎▍▌▋▊▉]+", rows[0])
    assert len(sub_bar) > 10 * len(ref_bar)  # 705 µs against 2.2 µs
    assert "did not finish" in text  # the memory probe's largest size


# -- json --------------------------------------------------------------------------------

def test_json_round_trips_to_the_same_report():
    report = sample_report()
    assert Report.model_validate_json(render(report, "json")) == report


# -- junit -------------------------------------------------------------------------------

def test_junit_is_read_by_a_junit_parser():
    xml = JUnitXml.fromstring(render(sample_report(), "junit"))
    suites = {s.name: s for s in xml}
    hidden = suites["lru-cache: hidden tests"]
    cases = {c.name: c for c in hidden}
    assert len(cases) == 10 and hidden.tests == 10
    assert (hidden.failures, hidden.errors) == (3, 2)
    failed = cases["test_get_refreshes_recency"]
    assert failed.classname == "lru-cache.basic" and failed.time == pytest.approx(0.0125, abs=1e-3)
    [result] = failed.result
    assert isinstance(result, Failure) and "should be evicted" in result.message
    assert "assert 2 == -1" in result.text  # reviewer details
    [timeout] = cases["test_million_operations"].result
    assert isinstance(timeout, Error) and timeout.type == "timeout"
    assert cases["test_zero_capacity_raises[-1]"].system_out == "debug: capacity=-1\n"
    assert cases["test_get_returns_stored_value"].is_passed
    assert "starting LRUCache self-check" in hidden._elem.find("system-out").text

    probes = {c.name: c for c in suites["lru-cache: complexity"]}
    assert isinstance(probes["get_put_mix (time)"].result[0], Failure)
    assert probes["evictions (count)"].is_passed
    assert isinstance(probes["memory_per_key (memory)"].result[0], Skipped)

    quality = {c.name: c for c in suites["lru-cache: quality"]}
    violation = quality["no-ordereddict at lru_cache.py:4"]
    assert violation.classname == "lru-cache.rules"
    assert isinstance(violation.result[0], Failure)
    assert isinstance(quality["no-ordereddict at lru_cache.py:12"].result[0], Skipped)
    assert quality["ruff"].is_passed and "F401" in quality["ruff"].system_out


def test_junit_candidate_failure_carries_no_details():
    xml = JUnitXml.fromstring(render(sample_report("candidate"), "junit"))
    hidden = next(iter(xml))
    failed = next(c for c in hidden if c.name == "test_get_refreshes_recency")
    assert failed.result[0].text.strip() == failed.result[0].message
    assert "assert" not in failed.result[0].text


def test_junit_when_nothing_ran_has_one_failing_case():
    xml = JUnitXml.fromstring(render(rejected_report(), "junit"))
    [suite] = list(xml)
    [case] = list(suite)
    assert case.name == "load the submission"
    assert isinstance(case.result[0], Failure) and "syntax error" in case.result[0].message


def test_junit_survives_control_characters_in_output():
    report = sample_report().model_copy(update={"output": "bell \x07 nul \x00 done\n"})
    xml = JUnitXml.fromstring(render(report, "junit"))
    assert "done" in next(iter(xml))._elem.find("system-out").text


# -- gradescope --------------------------------------------------------------------------

@pytest.mark.parametrize("audience", ["candidate", "reviewer"])
def test_gradescope_matches_its_documented_format(audience):
    result = json.loads(render(sample_report(audience), "gradescope"))
    jsonschema.validate(result, schema("gradescope"))
    assert result["score"] == 53.3
    scored = [t for t in result["tests"] if "max_score" in t]
    assert sum(t["max_score"] for t in scored) == pytest.approx(100, abs=0.01)
    assert sum(t["score"] for t in scored) == pytest.approx(result["score"], abs=0.1)
    assert {t["status"] for t in result["tests"]} == {"passed", "failed"}
    numbers = [t["number"] for t in result["tests"]]
    assert len(set(numbers)) == len(numbers)
    assert result["visibility"] == ("visible" if audience == "candidate" else "after_published")


def test_gradescope_when_nothing_ran():
    result = json.loads(render(rejected_report(), "gradescope"))
    jsonschema.validate(result, schema("gradescope"))
    assert result["score"] == 0 and result["tests"][0]["status"] == "failed"


def test_gradescope_schema_refuses_a_misspelt_key():
    result = json.loads(render(sample_report(), "gradescope"))
    result["stdout_visiblity"] = "visible"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, schema("gradescope"))


def test_gradescope_docs_example_is_valid():
    example = json.loads((REPO / "docs" / "gradescope" / "results.json").read_text())
    jsonschema.validate(example, schema("gradescope"))


# -- exercism ----------------------------------------------------------------------------

@pytest.mark.parametrize("audience", ["candidate", "reviewer"])
def test_exercism_matches_version_3(audience):
    report = sample_report(audience)
    result = json.loads(render(report, "exercism"))
    jsonschema.validate(result, schema("exercism"))
    assert result["version"] == 3 and result["status"] == "fail"
    names = [t["name"] for t in result["tests"]][:len(report.tests)]
    assert names == [f"{t.category}: {t.name.split('::', 1)[1]}"
                     for t in for_audience(report).tests]  # the order of the test file
    codes = {t["test_code"] for t in result["tests"][:len(report.tests)]}
    assert codes == {""} if audience == "candidate" else "" not in codes


def test_exercism_error_when_nothing_ran():
    result = json.loads(render(rejected_report(), "exercism"))
    jsonschema.validate(result, schema("exercism"))
    assert result["status"] == "error" and result["message"].startswith("syntax error")


def test_exercism_truncates_long_output():
    tests = [t.model_copy(update={"output": "x" * 2000}) for t in sample_report().tests]
    result = json.loads(render(sample_report().model_copy(update={"tests": tests}), "exercism"))
    jsonschema.validate(result, schema("exercism"))
    assert result["tests"][0]["output"].endswith("Please limit to 500 chars")


def test_exercism_schema_refuses_pass_with_a_failing_test():
    result = json.loads(render(sample_report(), "exercism"))
    result["status"] = "pass"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, schema("exercism"))


# -- markdown ----------------------------------------------------------------------------

def _cells(row: str) -> int:
    return len(re.split(r"(?<!\\)\|", row.strip())) - 2


def test_markdown_tables_are_well_formed():
    md = render(sample_report(), "markdown")
    assert md.startswith("## ⏱️ lru-cache — LRU cache: **timeout** · 53.3/100")
    assert md.count("<details") == md.count("</details>")
    table: list[str] = []
    for line in md.splitlines() + [""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", table[1]), table
            widths = {_cells(row) for row in table}
            assert len(widths) == 1, table
            table = []


def test_markdown_escapes_what_the_submission_controls():
    tests = sample_report().tests
    evil = tests[2].model_copy(update={"message": "got <script>x</script> | a\nb"})
    report = sample_report().model_copy(update={"tests": [evil, *tests[3:]]})
    md = render(report, "markdown")
    assert "<script>" not in md
    assert "got &lt;script&gt;x&lt;/script&gt; \\| a<br>b" in md


def test_markdown_opens_the_categories_with_failures():
    md = render(sample_report(), "markdown")
    assert "<details open><summary>❌ <b>basic</b>" in md
    assert "<details><summary>✅ <b>edge</b>" in md


def odd_reports() -> list[Report]:
    """Reports at the edges: nothing known, probes with no or zero measurements."""
    from grader.report.model import ComplexityResult
    from grader.report.quality_model import (
        DocsTyping,
        FileMetrics,
        LintOutcome,
        QualityReport,
        ScoreBreakdown,
    )

    bare = Report(grader_version="0.1.0", challenge="x", submission=None,
                  verdict=Verdict.INTERNAL_ERROR, reason="no tests ran", score=0.0,
                  sandbox=SandboxInfo(backend="local", isolation="rlimits only"))
    probes = [
        ComplexityResult(probe="empty", expected="O(n)", verdict="inconclusive"),
        ComplexityResult(probe="zeros", expected="O(1)", verdict="inconclusive", sizes=[1, 10],
                         submission=[0.0, 0.0], reference=[0.0, 0.0]),
        ComplexityResult(probe="unknown-class", expected="O(n!)", verdict="failed",
                         sizes=[10, 20], submission=[1.0], reference=[1.0, 2.0], unit="ops"),
    ]
    quality = QualityReport(
        files=[FileMetrics(path="a.py", error="SyntaxError: invalid syntax")], mi=None,
        mi_rank=None, worst_block=None, lint=LintOutcome(ran=False, select=[]),
        rule_findings=[], suspicious_findings=[], tamper_signals=[],
        docs_typing=DocsTyping(public_functions=0, with_docstring=0, with_type_hints=0,
                               docstring_share=None, type_hint_share=None),
        score=0.0, score_breakdown=ScoreBreakdown(components=[], formula=""))
    return [bare, bare.model_copy(update={"complexity": probes, "quality": quality,
                                          "audience": "reviewer"})]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("index", [0, 1])
def test_reports_at_the_edges_render(fmt, index):
    report = odd_reports()[index]
    text = render(report, fmt, width=80)
    assert "no tests ran" in text
    if fmt == "gradescope":
        jsonschema.validate(json.loads(text), schema("gradescope"))
    if fmt == "exercism":
        jsonschema.validate(json.loads(text), schema("exercism"))
    if fmt == "junit":
        JUnitXml.fromstring(text)
