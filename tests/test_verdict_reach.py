"""What a grade may claim (issue 16): a run narrowed by -k is partial and never exits 0, a -k
that selects nothing is bad input, and a probe still too noisy to call makes the grade
`inconclusive` (exit 3), never a silent pass. Every report format says so."""

import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner
from conftest import REPO, grader

import grader.pipeline as pipeline
from grader.bank import Bank
from grader.batch.summary import BatchSummary, render_summary, row
from grader.cli import cli
from grader.report.model import ComplexityResult, Report
from grader.report.render import FORMATS
from grader.verdicts import ProbeVerdict

LRU = REPO / "hidden_tests" / "lru-cache"
REFERENCE = str(LRU / "reference.py")
pytestmark = pytest.mark.slow  # every test here grades (mostly through the CLI): seconds each


# -- -k ---------------------------------------------------------------------------------

def test_a_k_matching_no_test_is_bad_input_naming_what_it_could_match():
    """Was internal-error, "the grader's own fault", exit 3."""
    result = grader("grade", "lru-cache", REFERENCE, "-k", "no_such_thing")
    assert result.code == 2, result
    assert "Traceback" not in result.err
    line = result.err.strip()
    assert len(line.splitlines()) == 1, result
    assert "no_such_thing" in line and "matches no test" in line
    for category in ("basic", "trap", "edge", "error", "scale"):
        assert category in line, line
    assert "test_capacity_one" in line


def _partial(fmt: str):
    return grader("grade", "lru-cache", REFERENCE, "-k", "evicts or trap", "--sandbox",
                  "local", "--probes", "off", "--quality", "off", "--format", fmt,
                  "--audience", "reviewer")


@pytest.fixture(scope="module")
def partial_runs():
    with ThreadPoolExecutor(3) as pool:
        return dict(zip(FORMATS, pool.map(_partial, FORMATS), strict=True))


def test_k_selects_by_category_and_name_and_the_run_is_partial(partial_runs):
    """The reference passes every selected test, yet a narrowed run exits 1 (was 0, with
    nothing in any format saying the run was filtered); -k matches categories (`trap`)."""
    result = partial_runs["json"]
    assert result.code == 1, result
    report = result.json
    assert report["partial"] is True and report["keyword"] == "evicts or trap"
    assert report["verdict"] == "passed"
    names = sorted(t["name"].split("::")[-1] for t in report["tests"])
    assert names == ["test_capacity_one", "test_evicts_least_recently_put",
                     "test_update_existing_key_does_not_evict", "test_update_refreshes_recency"]
    assert report["reason"].startswith("partial: only the tests matching -k 'evicts or trap'")


FLAGGED = {
    "text": lambda out: "PARTIAL" in out and "-k 'evicts or trap'" in out,
    "json": lambda out: json.loads(out)["partial"] is True,
    "junit": lambda out: re.search(r'<property name="partial" value="true"', out) is not None,
    "markdown": lambda out: "**partial**" in out and "evicts or trap" in out,
    "html": lambda out: 'class="badge partial"' in out and "evicts or trap" in out,
    "gradescope": lambda out: (json.loads(out)["extra_data"]["grader"]["partial"] is True
                               and "PARTIAL" in json.loads(out)["output"]),
    "exercism": lambda out: (json.loads(out)["status"] == "fail"
                             and any("partial" in (t["message"] or "")
                                     for t in json.loads(out)["tests"])),
}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_flags_a_partial_run(partial_runs, fmt):
    result = partial_runs[fmt]
    assert result.code == 1, result
    assert FLAGGED[fmt](result.out), result


def test_other_options_are_not_partial():
    result = grader("grade", "lru-cache", REFERENCE, "--sandbox", "local", "--probes", "off",
                    "--quality", "off", "--format", "json")
    assert result.code == 0, result
    assert result.json["partial"] is False and result.json["keyword"] is None


# -- inconclusive -----------------------------------------------------------------------

def _probe(name, verdict, advisory=False):
    return ComplexityResult(probe=name, expected="O(n)", verdict=verdict, advisory=advisory,
                            note="slope 0.563 too noisy to call" if verdict == "inconclusive"
                            else "")


def _grade_with_probes(monkeypatch, tmp_path, probes, fmt="json"):
    """The real CLI in process, the hidden tests run for real in a local sandbox; only the
    probes' outcome is given (a noisy machine cannot be ordered up on demand)."""
    monkeypatch.setattr(pipeline, "run_probes", lambda *args, **kw: list(probes))
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["grade", "lru-cache", REFERENCE, "--sandbox", "local",
                                      "--probes", "quick", "--format", fmt, "-o", str(out)])
    return result, out.read_text(encoding="utf-8") if out.exists() else ""


SHOWN = {
    "text": lambda out: "INCONCLUSIVE" in out and "get-put" in out,
    "json": lambda out: json.loads(out)["verdict"] == "inconclusive",
    "junit": lambda out: ('name="verdict" value="inconclusive"' in out
                          and '<error type="inconclusive"' in out),
    "markdown": lambda out: "**inconclusive**" in out,
    "html": lambda out: 'class="badge inconclusive"' in out and "get-put" in out,
    "gradescope": lambda out: json.loads(out)["extra_data"]["grader"]["verdict"]
    == "inconclusive",
    "exercism": lambda out: json.loads(out)["status"] == "error"
    and "inconclusive" in json.loads(out)["message"],
}


@pytest.mark.slow
def test_a_probe_still_inconclusive_makes_the_grade_inconclusive_in_every_format(
        monkeypatch, tmp_path):
    """Was: the probe dropped out, the grade "passed 97.5", exit 0."""
    probes = [_probe("get-put", ProbeVerdict.INCONCLUSIVE)]
    for fmt in FORMATS:
        result, out = _grade_with_probes(monkeypatch, tmp_path, probes, fmt)
        assert result.exit_code == 3, (fmt, result.output, out[-2000:])
        assert SHOWN[fmt](out), (fmt, out[-3000:])
    report = Report.model_validate_json(_grade_with_probes(monkeypatch, tmp_path, probes)[1])
    assert "get-put" in report.reason and "load" in report.reason
    assert re.search(r"machine load \d+\.\d on \d+ CPUs", report.reason), report.reason
    assert report.score < 100


def test_a_failed_probe_beside_an_inconclusive_one_still_fails(monkeypatch, tmp_path):
    probes = [_probe("a", ProbeVerdict.INCONCLUSIVE), _probe("b", ProbeVerdict.FAILED)]
    result, out = _grade_with_probes(monkeypatch, tmp_path, probes)
    assert result.exit_code == 1, result.output
    assert json.loads(out)["verdict"] == "failed"


def test_the_probe_sandboxes_are_removed_whoever_runs_the_probes(monkeypatch, tmp_path):
    """The grade that starts the probes' sandboxes removes them, even when the probes are
    run by something else (here a stand-in; was: two local sandboxes' folders left in /tmp
    by every such grade)."""
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result, _ = _grade_with_probes(monkeypatch, tmp_path, [_probe("get-put", "passed")])
    assert result.exit_code == 0, result.output
    assert not list(scratch.glob("grader-local-*")), list(scratch.iterdir())


def test_an_advisory_probe_never_makes_a_grade_inconclusive(monkeypatch, tmp_path):
    probes = [_probe("a", ProbeVerdict.PASSED),
              _probe("b", ProbeVerdict.INCONCLUSIVE, advisory=True)]
    result, out = _grade_with_probes(monkeypatch, tmp_path, probes)
    assert result.exit_code == 0, result.output
    assert json.loads(out)["verdict"] == "passed"


def test_the_batch_table_shows_an_inconclusive_grade(monkeypatch, tmp_path):
    _, out = _grade_with_probes(monkeypatch, tmp_path,
                                [_probe("get-put", ProbeVerdict.INCONCLUSIVE)])
    report = Report.model_validate_json(out)
    from grader.batch.discover import Job

    job = Job(candidate="ana", challenge="lru-cache", path=LRU / "reference.py")
    summary = BatchSummary(rows=[row(job, report)], similar=[], threshold=0.6)
    text = render_summary(summary, "text")
    assert "inconclusive" in text.splitlines()[1], text
    assert "1 inconclusive" in text
    assert not summary.all_passed
    for fmt in ("csv", "json", "markdown", "html"):
        assert "inconclusive" in render_summary(summary, fmt), fmt


# -- grader validate ---------------------------------------------------------------------

def test_validate_regrades_an_inconclusive_grade_in_full_before_calling_it_a_problem(
        monkeypatch):
    """A known-bad left inconclusive by a noisy moment is measured again (full probes); one
    still inconclusive after the retries is a problem that names the probe and the load."""
    import dataclasses

    import grader.validate as validate
    from grader.bank import Bank
    from grader.report.model import SandboxInfo
    from grader.verdicts import Verdict

    challenge = Bank().load("lru-cache")
    seen = []

    def report(verdict, probe_verdict):
        return Report(grader_version="t", challenge="lru-cache", submission=None,
                      verdict=verdict, reason=f"probe get-put ... machine load 6.0 ({verdict})",
                      score=50, sandbox=SandboxInfo(backend="none", isolation=""),
                      complexity=[_probe("get-put", probe_verdict)])

    def fake_grade(bank, challenge_id, path, options, answers):
        seen.append(options.probes)
        return answers.pop(0)

    options = pipeline.GradeOptions(sandbox="local", probes="quick")
    answers = [report(Verdict.INCONCLUSIVE, "inconclusive"), report(Verdict.FAILED, "failed")]
    monkeypatch.setattr(validate, "grade", lambda *a: fake_grade(*a, answers))
    got = validate._grade(None, challenge, "x.py", options, Verdict.FAILED)
    assert got.verdict == Verdict.FAILED and seen == ["quick", "full"]

    seen.clear()
    answers = [report(Verdict.INCONCLUSIVE, "inconclusive") for _ in range(5)]
    got = validate._grade(None, challenge, "x.py", options, Verdict.FAILED)
    assert seen == ["quick"] + ["full"] * validate.INCONCLUSIVE_RETRIES
    bad = dataclasses.replace(challenge.known_bad[0], expect=Verdict.FAILED)
    text = validate._mismatch(bad, got)
    assert "inconclusive" in text and "machine load 6.0" in text, text


def test_gradescope_points_add_up_to_a_scaled_score():
    """A failing answer's score is scaled under the passing floor; Gradescope's per-test
    points must be scaled alike, or they would add up to more than the score."""
    bad = str(LRU / "known_bad" / "no_refresh_on_get.py")
    result = grader("grade", "lru-cache", bad, "--sandbox", "local", "--format", "gradescope")
    assert result.code == 1, result
    out = json.loads(result.out)
    report = json.loads(grader("grade", "lru-cache", bad, "--sandbox", "local",
                               "--format", "json").out)
    assert report["score_breakdown"]["scale"] == 0.7 and report["score"] < 70
    scored = [t["score"] for t in out["tests"] if "max_score" in t]
    assert sum(scored) == pytest.approx(out["score"], abs=0.15), (sum(scored), out["score"])


def test_ci_exits_3_when_an_answer_is_inconclusive(monkeypatch, tmp_path):
    """`grader ci` in an answer repository: an inconclusive answer is not a pass (was exit
    0); the line and the annotation say why."""
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(REPO / "examples" / "answer-repo", repo,
                    ignore=shutil.ignore_patterns("grader-report"))
    monkeypatch.setattr(pipeline, "run_probes",
                        lambda *a, **kw: [_probe("get-put", ProbeVerdict.INCONCLUSIVE)])
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = CliRunner().invoke(cli, ["ci", "--config", str(repo / "grader.toml"),
                                      "--sandbox", "local"])
    assert result.exit_code == 3, result.output
    assert "inconclusive" in result.output and "::error" in result.output


# -- the probes measure beside the tests ---------------------------------------------------

def _watch_probes(monkeypatch, wait: bool):
    """Stand-ins that record when the probes began against the tests, and (`wait`: they wait
    up to a minute to be told) whether the grade told them to stop while the tests ran."""
    seen: dict = {"tests_done": False}
    real_tests = pipeline.run_tests

    def run_tests(*args, **kwargs):
        try:
            return real_tests(*args, **kwargs)
        finally:
            seen["tests_done"] = True

    def run_probes(*args, stop, **kwargs):
        seen["began_during_tests"] = not seen["tests_done"]
        seen["stopped_during_tests"] = wait and stop.wait(60) and not seen["tests_done"]
        return [_probe("get-put", ProbeVerdict.PASSED)]

    monkeypatch.setattr(pipeline, "run_tests", run_tests)
    monkeypatch.setattr(pipeline, "run_probes", run_probes)
    return seen


def test_the_probes_measure_while_the_tests_run(monkeypatch, tmp_path):
    seen = _watch_probes(monkeypatch, wait=False)
    result = CliRunner().invoke(cli, ["grade", "lru-cache", REFERENCE, "--sandbox", "local",
                                      "--format", "json", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert seen["began_during_tests"], seen
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [p["probe"] for p in report["complexity"]] == ["get-put"]


def test_a_failing_test_stops_the_probes_and_their_results_do_not_count(monkeypatch, tmp_path):
    seen = _watch_probes(monkeypatch, wait=True)
    wrong = str(REPO / "tests/fixtures/lru/wrong_fifo.py")
    result = CliRunner().invoke(cli, ["grade", "lru-cache", wrong, "--sandbox", "local",
                                      "--format", "json", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 1, result.output
    assert seen["stopped_during_tests"], "the first failing test did not stop the probes"
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["complexity"] == []
    assert "complexity probes skipped: the tests did not all pass" in report["notes"]


@pytest.mark.parametrize("answer, probed", [(REFERENCE, True),
                                            (str(REPO / "tests/fixtures/lru/wrong_fifo.py"),
                                             False)])
def test_side_by_side_grades_start_the_probes_sandboxes_only_after_every_test_passed(
        monkeypatch, answer, probed):
    """Batch, validate and fleet grades (probes_beside_tests off): a failing answer costs no
    probe sandbox, and a passing one's probes begin after its tests."""
    seen: dict = {"tests_done": False, "sandboxes": 0}
    real_tests, real_sandboxes = pipeline.run_tests, pipeline.ProbeSandboxes

    def run_tests(*args, **kwargs):
        try:
            return real_tests(*args, **kwargs)
        finally:
            seen["tests_done"] = True

    def sandboxes(*args, **kwargs):
        seen["sandboxes"] += 1
        seen["after_tests"] = seen["tests_done"]
        return real_sandboxes(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run_tests", run_tests)
    monkeypatch.setattr(pipeline, "ProbeSandboxes", sandboxes)
    monkeypatch.setattr(pipeline, "run_probes",
                        lambda *a, **kw: [_probe("get-put", ProbeVerdict.PASSED)])
    options = pipeline.GradeOptions(sandbox="local", probes="quick", quality=False,
                                    probes_beside_tests=False)
    report = pipeline.grade(Bank(), "lru-cache", answer, options)
    assert (report.verdict == "passed") == probed, report.reason
    assert seen["sandboxes"] == int(probed), seen
    assert seen.get("after_tests", True), seen
    assert bool(report.complexity) == probed
