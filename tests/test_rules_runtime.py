"""Static rules end to end: plain violations, evasions the worker refuses at import, --allow."""

from conftest import REPO

BAD = REPO / "hidden_tests" / "bounded-queue" / "known_bad"
LRU_BAD = REPO / "hidden_tests" / "lru-cache" / "known_bad"


def test_evasive_import_is_refused_by_the_worker(run, backend):
    result = run("grade", "bounded-queue", str(BAD / "rule_dunder_import_multiprocessing.py"),
                 "--sandbox", backend, "--format", "json", "--probes", "off")
    report = result.json
    assert result.code == 1 and report["verdict"] == "rejected", report["reason"]
    assert "queue-exceptions-only" in report["reason"]
    suspicious = report["quality"]["suspicious_findings"]
    assert suspicious, "the static stage flags the evasion for the reviewer too"


def test_allow_relaxes_a_rule(run):
    result = run("grade", "bounded-queue", str(BAD / "rule_dunder_import_multiprocessing.py"),
                 "--sandbox", "local", "--format", "json", "--probes", "off",
                 "--allow", "queue-exceptions-only")
    assert result.json["verdict"] != "rejected"


def test_plain_violation_names_rule_and_line(run):
    result = run("grade", "lru-cache", str(LRU_BAD / "ordered_dict.py"), "--sandbox", "local",
                 "--format", "json", "--probes", "off")
    assert result.json["verdict"] == "rejected" and result.json["score"] == 0
    assert "no-ordereddict" in result.json["reason"] and "line 4" in result.json["reason"]


def test_allow_of_an_unknown_rule_is_bad_input(run):
    result = run("grade", "lru-cache", str(LRU_BAD / "ordered_dict.py"), "--allow", "no-such")
    assert result.code == 2 and "no such rule" in result.err


def test_stdlib_may_use_a_denied_module_internally(run, tmp_path):
    """concurrent.futures.process imports multiprocessing itself: allowed, because only the
    answer's own imports of a denied module are refused."""
    answer = tmp_path / "bq.py"
    answer.write_text((REPO / "hidden_tests/bounded-queue/reference.py").read_text()
                      + "\nimport concurrent.futures.process  # imports multiprocessing inside\n")
    result = run("grade", "bounded-queue", str(answer), "--sandbox", "local", "--format", "json",
                 "--probes", "off")
    assert result.json["verdict"] == "passed", result.json["reason"]
