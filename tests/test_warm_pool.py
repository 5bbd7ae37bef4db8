"""Warm start (issue 19): Docker sandboxes started ahead, each serving one grade, none left
behind after the batch, Ctrl-C, SIGTERM; after SIGKILL `grader sandbox clean` finds them."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO, containers

from grader.bank import Bank
from grader.isolation import warm_pool
from grader.isolation.docker_backend import LABEL, PID_LABEL
from grader.pipeline import GradeOptions, grade

LRU = REPO / "hidden_tests" / "lru-cache"


@pytest.fixture
def pool():
    yield warm_pool.enable(2)
    warm_pool.enable(0)


def test_grades_take_started_containers_and_each_serves_one(docker_ready, pool):
    mine = f"{PID_LABEL}={os.getpid()}"
    options = GradeOptions(sandbox="docker", probes="off", quality=False)
    first = grade(Bank(), "lru-cache", LRU / "reference.py", options)
    for _ in range(100):  # the pool fills in the background after the first take
        if pool.ready_count() == 2:
            break
        time.sleep(0.1)
    assert pool.ready_count() == 2
    ready_ids = {s.container.id[:12] for group in pool._ready.values() for s in group}
    second = grade(Bank(), "lru-cache", LRU / "known_bad" / "no_refresh_on_get.py", options)
    assert (first.verdict.value, second.verdict.value) == ("passed", "failed")
    assert pool.cold == 1 and pool.taken == 1, (pool.cold, pool.taken)
    # The container the second grade took was removed with its grade: never reused.
    still_ready = {s.container.id[:12] for group in pool._ready.values() for s in group}
    taken = ready_ids - still_ready
    assert len(taken) == 1 and not taken & set(containers(mine)), (taken, containers(mine))
    pool.close()
    time.sleep(0.3)
    assert not containers(mine), "the pool's containers outlived close()"


def test_a_pool_container_that_died_is_not_handed_out(docker_ready, pool):
    options = GradeOptions(sandbox="docker", probes="off", quality=False)
    grade(Bank(), "lru-cache", LRU / "reference.py", options)
    for _ in range(100):
        if pool.ready_count() == 2:
            break
        time.sleep(0.1)
    for group in pool._ready.values():
        for sandbox in group:
            sandbox.container.kill()
    time.sleep(0.5)
    report = grade(Bank(), "lru-cache", LRU / "reference.py", options)
    assert report.verdict.value == "passed", report.reason  # never a dead sandbox's verdict


def _answers(folder):
    folder.mkdir()
    for i in range(4):
        (folder / f"ok{i}.py").write_text((LRU / "reference.py").read_text() + f"\nX = {i}\n")
    (folder / "slow.py").write_text((LRU / "known_bad" / "no_refresh_on_get.py").read_text())
    return folder


def _batch(folder, *extra):
    return [sys.executable, "-m", "grader", "batch", "lru-cache", str(folder), "--sandbox",
            "docker", "--probes", "off", "--quality", "off", "--no-cache", "--format",
            "json", *extra]


@pytest.mark.slow
def test_batch_verdicts_match_without_the_pool_and_nothing_is_left(docker_ready, tmp_path):
    answers = _answers(tmp_path / "answers")
    before = set(containers(LABEL))
    runs = {}
    for warm in ("0", "3"):
        proc = subprocess.run(_batch(answers, "--jobs", "2", "--warm-pool", warm), cwd=REPO,
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode in (0, 1), proc.stderr[-2000:]
        runs[warm] = {r["candidate"]: r["verdict"] for r in json.loads(proc.stdout)["rows"]}
    assert runs["3"] == runs["0"] and len(runs["0"]) == 5, runs
    time.sleep(0.5)
    assert set(containers(LABEL)) <= before, "a warm-pool container was left behind"


@pytest.mark.slow
@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_interrupted_batch_removes_its_pool(docker_ready, tmp_path, how):
    answers = _answers(tmp_path / "answers")
    for i in range(6):  # grades still running when the signal comes, a few seconds each
        (answers / f"slow{i}.py").write_text(
            (LRU / "reference.py").read_text() + f"\nimport time\ntime.sleep(3)\nX = {i}\n")
    before = set(containers(LABEL))
    proc = subprocess.Popen(_batch(answers, "--jobs", "2", "--warm-pool", "3"), cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while len(set(containers(LABEL)) - before) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)  # the grades and their pools have started
    time.sleep(1)
    if how == "SIGINT":  # Ctrl-C reaches the whole foreground group
        os.killpg(proc.pid, signal.SIGINT)
    else:  # a service manager's stop reaches the batch's own process
        proc.send_signal(signal.SIGTERM)
    try:
        proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    time.sleep(0.5)
    assert set(containers(LABEL)) <= before, f"containers left after {how}"


POOL_THEN_WAIT = """
import sys, time
from grader.isolation import warm_pool
from grader.isolation.docker_backend import DockerBackend
from grader.bank.spec import Limits
pool = warm_pool.enable(2)
pool.take(DockerBackend(), Limits(), {}).close()  # the first take fills the pool
while pool.ready_count() < 2:
    time.sleep(0.1)
print("ready", flush=True)
time.sleep(600)
"""


def test_sandbox_clean_finds_a_killed_process_pool(docker_ready, run):
    """SIGKILL gives the pool no chance: its containers carry the grader's labels, so
    `grader sandbox clean` removes them once the process is gone."""
    proc = subprocess.Popen([sys.executable, "-c", POOL_THEN_WAIT], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        mine = f"{PID_LABEL}={proc.pid}"
        assert len(containers(mine)) == 2
    finally:
        proc.kill()
        proc.wait()
    assert len(containers(mine)) == 2, "SIGKILL should have left the pool's containers"
    cleaned = run("sandbox", "clean")
    assert cleaned.code == 0, cleaned
    assert not containers(mine), "grader sandbox clean left a killed pool's containers"
