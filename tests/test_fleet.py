"""The worker fleet for real: a redis-server and `grader worker` processes on this machine.

A batch through the fleet gives the local batch's verdicts; a worker killed mid-grade loses
nothing and its answer is recorded once; a worker with another bank fails the task back; a
broker password never shows in any output.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, grader

from grader.fleet import app as fleet_app  # Celery comes with the test extra: no skipping
from grader.fleet.tasks import FleetError, GradeRequest, _write

PASSWORD = "fleet-s3cret-pw"
LRU = FIXTURES / "lru"
EXAMPLE = REPO / "examples/lru_cache.py"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    if not shutil.which("redis-server"):
        pytest.fail("redis-server is not installed (run: bash scripts/setup-sandbox.sh)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                             "--requirepass", PASSWORD, "--save", "", "--appendonly", "no",
                             "--dir", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def up():
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return True
            except OSError:
                return False
        _wait_for(up, 20, "redis-server")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


_db = iter(range(1, 16))


@pytest.fixture
def broker(redis_port):
    """A fresh database of the test's redis-server for each test: no task crosses tests."""
    return f"redis://:{PASSWORD}@127.0.0.1:{redis_port}/{next(_db)}"


class Workers:
    def __init__(self, folder: Path):
        self.folder, self.procs = folder, []

    def start(self, broker: str, *args: str, bank: Path | None = None,
              sandbox: str = "docker") -> tuple[subprocess.Popen, Path]:
        log = self.folder / f"worker{len(self.procs)}.log"
        cmd = [sys.executable, "-m", "grader", *(["--bank", str(bank)] if bank else []),
               "worker", "--concurrency", "1", "--sandbox", sandbox, *args]
        with log.open("w") as out:  # the URL through the environment, as the docs advise
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=REPO,
                                    env={**os.environ, "GRADER_BROKER": broker},
                                    start_new_session=True)
        self.procs.append(proc)
        _wait_for(lambda: " ready." in log.read_text() or proc.poll() is not None, 60,
                  f"worker {len(self.procs)} to be ready")
        assert proc.poll() is None, log.read_text()
        return proc, log

    def logs(self) -> str:
        return "".join(p.read_text() for p in sorted(self.folder.glob("worker*.log")))

    def stop(self):
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)


@pytest.fixture
def workers(tmp_path):
    fleet = Workers(tmp_path)
    yield fleet
    fleet.stop()


def _answers(folder: Path) -> dict[str, str]:
    """Six answers of four kinds, and the verdict each must get."""
    folder.mkdir()
    example = EXAMPLE.read_text()
    kinds = {}
    for i in range(2):
        (folder / f"good{i}.py").write_text(example.replace("must be positive", f"bad {i}"))
        kinds[f"good{i}"] = "passed"
        (folder / f"wrong{i}.py").write_text((LRU / "wrong_fifo.py").read_text() + f"\nV = {i}\n")
        kinds[f"wrong{i}"] = "failed"
    shutil.copy(LRU / "syntax_error.py", folder / "typo.py")
    kinds["typo"] = "rejected"
    shutil.copy(LRU / "raises_at_import.py", folder / "raiser.py")
    kinds["raiser"] = "error"
    return kinds


def _rows(result) -> dict[str, dict]:
    assert result.code in (0, 1), result
    return {Path(r["path"]).stem: r for r in result.json["rows"]}


SAME = ("verdict", "score", "tests_passed", "tests_total", "reason", "quality")


@pytest.mark.slow
def test_fleet_batch_equals_local_batch(tmp_path, broker, workers, docker_ready):
    answers = tmp_path / "answers"
    kinds = _answers(answers)
    workers.start(broker)
    workers.start(broker)
    common = ["batch", "lru-cache", str(answers), "--probes", "off", "--format", "json"]
    local = _rows(grader(*common, "--sandbox", "docker", "--jobs", "2", "--no-cache",
                         timeout=300))
    cache = tmp_path / "cache"
    fleet = grader(*common, "--broker", broker, "--cache-dir", str(cache), timeout=300)
    rows = _rows(fleet)
    assert {name: r["verdict"] for name, r in rows.items()} == kinds, fleet
    for name, row in rows.items():
        assert {k: row[k] for k in SAME} == {k: local[name][k] for k in SAME}, name
        assert row["sandbox"] == "fleet" and not row["cached"]
    assert len(list(cache.glob("*.json"))) == len(kinds)  # each answer recorded once
    # Both workers graded (two processes, one grade at a time each).
    assert len(set(re.findall(r"ForkPoolWorker-\d+\] Task grader.grade\[[^]]+\] succeeded",
                              workers.logs()))) == len(kinds)
    assert all("succeeded" in log.read_text() for log in tmp_path.glob("worker*.log"))
    again = grader(*common, "--broker", broker, "--cache-dir", str(cache), timeout=120)
    assert all(r["cached"] for r in _rows(again).values()), again
    for text in (fleet.out, fleet.err, again.out, again.err, workers.logs()):
        assert PASSWORD not in text


@pytest.mark.slow
def test_worker_killed_mid_grade_loses_nothing(tmp_path, broker, workers, docker_ready):
    """kill -9 a worker's whole process group while it grades: its task is delivered again
    once the visibility timeout (time limit + 5 s here) ran out, and graded once."""
    answers = tmp_path / "answers"
    answers.mkdir()
    slow = EXAMPLE.read_text() + "\nimport time\ntime.sleep(4)\n"  # long enough to be caught
    for i in range(4):
        (answers / f"slow{i}.py").write_text(slow.replace("must be positive", f"bad {i}"))
    victim, victim_log = workers.start(broker, "--time-limit", "15")
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "grader", "batch", "lru-cache", str(answers), "--probes",
            "off", "--quality", "off", "--format", "json", "--cache-dir", str(cache)]
    batch = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "GRADER_BROKER": broker})
    try:
        _wait_for(lambda: "received" in victim_log.read_text(), 60, "the first task")
        time.sleep(1)  # the grade is under way in the victim's pool process
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait(10)
        lost = re.findall(r"Task grader.grade\[([^]]+)\] received", victim_log.read_text())
        finished = re.findall(r"Task grader.grade\[([^]]+)\] succeeded",
                              victim_log.read_text())
        taken_over = [t for t in lost if t not in finished]
        assert taken_over, victim_log.read_text()
        _, rescuer_log = workers.start(broker, "--time-limit", "15")
        out, err = batch.communicate(timeout=240)
    finally:
        if batch.poll() is None:
            batch.kill()
            batch.wait(10)
        subprocess.run([sys.executable, "-m", "grader", "sandbox", "clean"], cwd=REPO,
                       capture_output=True, timeout=120)  # the victim's orphaned container
    assert batch.returncode == 0, err
    rows = json.loads(out)["rows"]
    assert sorted(Path(r["path"]).stem for r in rows) == [f"slow{i}" for i in range(4)]
    assert all(r["verdict"] == "passed" for r in rows), rows
    assert len(list(cache.glob("*.json"))) == 4  # recorded once each
    for task_id in taken_over:  # graded again by the worker that was left
        assert f"Task grader.grade[{task_id}] succeeded" in rescuer_log.read_text()


@pytest.mark.slow
def test_worker_with_another_bank_fails_the_task_back(tmp_path, broker, workers):
    """The worker's lru-cache has one hidden test changed: it refuses, it does not grade
    against other hidden tests, and the sender's row says why."""
    bank = tmp_path / "bank"
    for part in ("challenges", "hidden_tests"):
        shutil.copytree(REPO / part / "lru-cache", bank / part / "lru-cache")
    hidden = next((bank / "hidden_tests/lru-cache").glob("test_*.py"))
    hidden.write_text(hidden.read_text() + "\n# changed on this worker only\n")
    workers.start(broker, bank=bank, sandbox="local")
    answers = tmp_path / "answers"
    answers.mkdir()
    shutil.copy(EXAMPLE, answers / "good.py")
    result = grader("batch", "lru-cache", str(answers), "--probes", "off", "--no-cache",
                    "--format", "json", "--broker", broker, timeout=120)
    assert result.code == 1, result
    (row,) = result.json["rows"]
    assert row["verdict"] == "not-graded"
    assert "version mismatch" in row["reason"] and "update the worker" in row["reason"], row
    assert "Traceback" not in result.err and PASSWORD not in result.out + result.err


@pytest.mark.slow
def test_password_never_printed(tmp_path, redis_port, workers):
    wrong = f"redis://:not-{PASSWORD}@127.0.0.1:{redis_port}/0"
    answers = tmp_path / "answers"
    answers.mkdir()
    shutil.copy(EXAMPLE, answers / "good.py")
    result = grader("batch", "lru-cache", str(answers), "--no-cache", "--broker", wrong,
                    timeout=120)
    assert result.code == 3, result
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert "redis://:***@127.0.0.1" in result.err, result
    assert f"not-{PASSWORD}" not in result.out + result.err
    # A worker with the wrong password retries, and says so without the password.
    proc = subprocess.Popen([sys.executable, "-m", "grader", "worker", "--sandbox", "local",
                             "--broker", wrong], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    time.sleep(8)
    os.killpg(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=10)
    assert "127.0.0.1" in out and f"not-{PASSWORD}" not in out, out
    bad = grader("batch", "lru-cache", str(answers), "--broker", "http://:pw@h/0", timeout=60)
    assert bad.code == 2 and "pw" not in bad.err.replace("--broker", ""), bad


def test_redaction_and_settings():
    url = f"rediss://:{PASSWORD}@example.org:6380/2"
    assert fleet_app.redact(url) == "rediss://:***@example.org:6380/2"
    assert PASSWORD not in fleet_app.scrub(f"cannot reach {url}: auth {PASSWORD} refused", url)
    app = fleet_app.configure(url, time_limit=100)
    conf = app.conf
    assert conf.accept_content == ["json"] and conf.task_serializer == "json"
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit == 100
    assert conf.result_expires and conf.broker_use_ssl["ssl_cert_reqs"]


GOOD = {"challenge": "lru-cache", "module": "lru_cache", "kind": "file",
        "files": {"lru_cache.py": "x = 1\n"}, "path": "a.py",
        "settings": {"probes": "off", "quality": True, "audience": "reviewer"},
        "grader_version": "0", "challenge_digest": "0" * 64}


@pytest.mark.parametrize("change", [
    {"settings": {"probes": "off", "quality": True, "audience": "reviewer", "sandbox": "none"}},
    {"challenge": "../etc"}, {"kind": "pickle"}, {"files": {"x": 1}}, {"extra": True}])
def test_task_settings_are_validated(change):
    from grader.fleet.tasks import grade_task

    with pytest.raises(FleetError, match="malformed task"):
        grade_task.run({**GOOD, **change})


@pytest.mark.parametrize("name", ["../lru_cache.py", "/etc/lru_cache.py", "other.py",
                                  "lru_cache.py/../../x"])
def test_task_files_stay_inside(tmp_path, name):
    request = GradeRequest.model_validate({**GOOD, "files": {name: "x = 1\n"}})
    with pytest.raises(FleetError, match="outside the answer"):
        _write(request, tmp_path / "in")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_ctrl_c_revokes_what_is_queued(tmp_path, broker, workers, docker_ready):
    answers = tmp_path / "answers"
    answers.mkdir()
    slow = EXAMPLE.read_text() + "\nimport time\ntime.sleep(3)\n"
    for i in range(4):
        (answers / f"slow{i}.py").write_text(slow.replace("must be positive", f"bad {i}"))
    _, log = workers.start(broker)
    batch = subprocess.Popen([sys.executable, "-m", "grader", "batch", "lru-cache", str(answers),
                              "--probes", "off", "--quality", "off", "--no-cache", "--format",
                              "json"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "GRADER_BROKER": broker})
    try:
        _wait_for(lambda: "received" in log.read_text(), 60, "the first task")
        batch.send_signal(signal.SIGINT)
        out, err = batch.communicate(timeout=60)
    finally:
        if batch.poll() is None:
            batch.kill()
            batch.wait(10)
    assert batch.returncode == 130, err
    assert json.loads(out)["interrupted"]
    # The worker drops the three that were still queued; at most the one under way finishes.
    _wait_for(lambda: len(re.findall(r"(?i)revoked", log.read_text())) >= 3, 30,
              f"three revoked tasks in the worker's log:\n{log.read_text()}")
    time.sleep(5)
    assert len(re.findall(r"Task grader.grade\[[^]]+\] succeeded", log.read_text())) <= 1


@pytest.mark.slow
def test_ci_on_the_fleet_equals_local_ci(tmp_path, broker, workers, docker_ready):
    """`grader ci --broker`: an answer repository's answers graded by the fleet, with the same
    verdict lines, exit status and report files as on this machine."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(EXAMPLE, repo / "lru_cache.py")
    shutil.copy(LRU / "wrong_fifo.py", repo / "fifo.py")
    shutil.copy(LRU / "syntax_error.py", repo / "typo.py")
    (repo / "grader.toml").write_text(
        '[grader]\nprobes = "off"\njunit = "grader-report/junit.xml"\n'
        + "".join(f'\n[[answers]]\nchallenge = "lru-cache"\npath = "{name}"\n'
                  for name in ("lru_cache.py", "fifo.py", "typo.py")))
    workers.start(broker)
    config = ["ci", "--config", str(repo / "grader.toml")]
    local = grader(*config, "--sandbox", "docker", env={"GITHUB_ACTIONS": ""}, timeout=300)
    local_junit = (repo / "grader-report" / "junit.xml").read_text()
    fleet = grader(*config, "--broker", broker, env={"GITHUB_ACTIONS": ""}, timeout=300)
    assert (local.code, fleet.code) == (1, 1), (local, fleet)

    def verdicts(result):
        return [line for line in result.out.splitlines()
                if line.split() and line.split()[0] in ("passed", "failed", "rejected")]
    assert verdicts(fleet) == verdicts(local) and len(verdicts(local)) == 3, (local, fleet)
    assert "sandbox: fleet" in fleet.out and "1 of 3 answers passed" in fleet.out
    fleet_junit = (repo / "grader-report" / "junit.xml").read_text()
    assert fleet_junit.count("<testcase") == local_junit.count("<testcase") > 0
    assert PASSWORD not in fleet.out + fleet.err
    refused = grader(*config, "--broker", broker, "--check")
    assert refused.code == 2 and "--check runs your public examples" in refused.err


@pytest.mark.slow
def test_time_limit_kill_leaves_no_container(tmp_path, broker, workers, docker_ready):
    """A grade past the worker's --time-limit is stopped (it looped for 40 s before the limit
    was kept in the pool process) and fails back as not graded; its containers go with it,
    and a pool process killed outright has its leftovers removed by its replacement."""
    from grader.isolation.docker_backend import leftovers

    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "loops.py").write_text((LRU / "loops_on_missing_get.py").read_text())
    _, log = workers.start(broker, "--time-limit", "5", "--warm-pool", "0")
    result = grader("batch", "lru-cache", str(answers), "--probes", "off", "--quality", "off",
                    "--format", "json", "--no-cache", "--broker", broker, timeout=120)
    rows = json.loads(result.out)["rows"]
    assert rows[0]["verdict"] == "not-graded" and "time limit (5 s" in rows[0]["reason"], rows
    _wait_for(lambda: not leftovers()[0], 30, "the killed grade's container to be removed")


def test_queued_tasks_expire(monkeypatch, tmp_path):
    """A task not started within QUEUE_EXPIRES is dropped unrun: a sender that died does not
    leave the fleet grading for nobody."""
    from grader.bank import Bank
    from grader.batch.discover import Job
    from grader.fleet import client
    from grader.fleet.app import QUEUE_EXPIRES

    sent = []
    monkeypatch.setattr(client.grade_task, "apply_async",
                        lambda args, **kwargs: sent.append(kwargs) or object())
    run = client.FleetRun("redis://127.0.0.1:1/0", Bank(), [Job("a", "lru-cache", EXAMPLE)],
                          {"probes": "off", "quality": False, "audience": "reviewer"})
    monkeypatch.setattr(run, "app", type("App", (), {
        "connection_for_write": lambda self: contextlib.nullcontext(
            type("C", (), {"ensure_connection": lambda *a, **k: None})()),
        "backend": type("B", (), {"client": type("R", (), {"ping": lambda self: True})()})(),
    })())
    run.send()
    assert sent and sent[0]["expires"] == QUEUE_EXPIRES <= 24 * 3600
