"""Grading through the CLI on both backends: the verdicts of issue 3's 'done when'."""

import pytest
from conftest import FIXTURES, REPO

LRU = FIXTURES / "lru"
EXEMPLARS = ["lru-cache", "sliding-window-max", "linked-list-cycle", "bounded-queue"]


def names(report, verdict):
    return [t["name"] for t in report["tests"] if t["verdict"] == verdict]


@pytest.mark.parametrize("challenge", EXEMPLARS)
def test_reference_passes_with_exit_0(run, backend, challenge):
    ref = REPO / "hidden_tests" / challenge / "reference.py"
    result = run("grade", challenge, str(ref), "--sandbox", backend, "--format", "json")
    assert result.code == 0, result
    report = result.json
    assert report["verdict"] == "passed"
    assert report["sandbox"]["backend"] == backend
    assert len(report["tests"]) >= 10 and not names(report, "failed")


@pytest.mark.parametrize("challenge", EXEMPLARS)
def test_stub_fails(run, backend, challenge):
    stub = REPO / "challenges" / challenge / "stub.py"
    result = run("grade", challenge, str(stub), "--sandbox", backend, "--format", "json")
    assert result.code == 1, result
    assert result.json["verdict"] != "passed"
    assert not names(result.json, "passed") or result.json["score"] < 50


def test_wrong_answer_is_failed_with_tests_named(run, backend):
    result = run("grade", "lru-cache", str(LRU / "wrong_fifo.py"), "--sandbox", backend,
                 "--format", "json")
    assert result.code == 1, result
    report = result.json
    assert report["verdict"] == "failed"
    failed = names(report, "failed")
    assert any("test_get_refreshes_recency" in n for n in failed), failed
    assert names(report, "passed"), "the tests it gets right still pass"


def test_infinite_loop_is_timeout_and_other_tests_still_run(run, backend):
    result = run("grade", "lru-cache", str(LRU / "loops_on_missing_get.py"), "--sandbox", backend,
                 "--format", "json", "-k", "absent or capacity_one or mixed or falsy")
    assert result.code == 1, result
    report = result.json
    assert report["verdict"] == "timeout"
    assert any("absent_key" in n for n in names(report, "timeout")), report["tests"]
    assert any("falsy" in n for n in names(report, "passed")), "tests after the timeout must run"
    assert report["sandbox"]["restarts"] >= 1


def test_memory_bomb_is_memory_limit(run, backend):
    result = run("grade", "lru-cache", str(LRU / "memory_bomb.py"), "--sandbox", backend,
                 "--format", "json", "-k", "test_get_returns_stored_value")
    assert result.code == 1, result
    assert result.json["verdict"] == "memory-limit", result.json["tests"]


def test_exit_at_import_is_crashed(run, backend):
    result = run("grade", "lru-cache", str(LRU / "exits_at_import.py"), "--sandbox", backend,
                 "--format", "json")
    assert result.code == 1, result
    assert result.json["verdict"] == "crashed"
    assert "status 3" in result.json["reason"]
    assert "loading the cache settings" in result.json["output"]  # kept: it tells why
    assert result.json["score_breakdown"]["correctness"] == 0.0  # not left out of the score


def test_exception_at_import_is_error_with_its_message(run, backend):
    result = run("grade", "lru-cache", str(LRU / "raises_at_import.py"), "--sandbox", backend,
                 "--format", "json")
    assert result.code == 1
    assert result.json["verdict"] == "error"
    assert "configuration file not found" in result.json["reason"]
    assert "reading cache.ini" in result.json["output"]
    assert result.json["score"] < 15, result.json["score_breakdown"]


def test_print_flood_is_truncated(run, backend):
    result = run("grade", "lru-cache", str(LRU / "print_flood.py"), "--sandbox", backend,
                 "--format", "json", "--probes", "off")
    report = result.json
    assert report["verdict"] == "passed", report["reason"]
    assert "more bytes of output dropped" in report["output"]
    assert len(report["output"]) < 80 * 1024


def test_text_report_names_the_failing_test(run):
    result = run("grade", "lru-cache", str(LRU / "wrong_fifo.py"), "--sandbox", "local")
    assert result.code == 1
    assert "FAILED" in result.out and "test_get_refreshes_recency" in result.out
    assert "\x1b[" not in result.out, "no colour codes when piped"


def test_reviewer_sees_details_candidate_does_not(run):
    args = ["grade", "lru-cache", str(LRU / "wrong_fifo.py"), "--sandbox", "local",
            "--format", "json"]
    reviewer = run(*args, "--audience", "reviewer").json
    candidate = run(*args).json
    assert any(t["details"] for t in reviewer["tests"])
    assert not any(t["details"] for t in candidate["tests"])


def test_check_runs_only_public_examples(run):
    result = run("check", "lru-cache", str(REPO / "examples" / "lru_cache.py"),
                 "--sandbox", "local", "--format", "json")
    assert result.code == 0, result
    assert {t["category"] for t in result.json["tests"]} == {"example"}


def _hidden_tests(challenge_id: str) -> list:
    from grader.bank import Bank
    from grader.stages.correctness.runner import collect_tests

    challenge = Bank().load(challenge_id)
    return collect_tests(challenge.hidden_dir, challenge.spec.module, challenge.spec.harness_module)


def test_keyboard_interrupt_from_the_submission_is_its_error(run, backend):
    result = run("grade", "lru-cache", str(LRU / "raises_keyboard_interrupt.py"), "--sandbox",
                 backend, "--format", "json", "--probes", "off")
    assert result.code == 1, result
    report = result.json
    assert report["verdict"] == "error"
    assert len(report["tests"]) == len(_hidden_tests("lru-cache")), "every test still ran"
    assert any("KeyboardInterrupt" in t["message"] for t in report["tests"])
    assert names(report, "passed"), "the tests that never call get() pass"
