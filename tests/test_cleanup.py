"""Interrupted grades leave nothing behind: no container, no worker process, no temp dir."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from conftest import FIXTURES, REPO, containers

from grader.isolation.docker_backend import PID_LABEL
from grader.isolation.local_backend import sandbox_uids


def workers_under(folder) -> list[str]:
    out = subprocess.run(["pgrep", "-f", str(folder)], capture_output=True, text=True).stdout
    return out.split()


def grade_process(submission, backend: str, tmp) -> subprocess.Popen:
    """`grader grade` as a terminal starts it: with Ctrl-C's default action, even when these
    tests run in a background job (where the shell makes children ignore SIGINT)."""
    return subprocess.Popen(
        [sys.executable, "-m", "grader", "grade", "lru-cache", str(submission),
         "--sandbox", backend], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "TMPDIR": str(tmp)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def assert_interrupted(proc: subprocess.Popen) -> None:
    err = proc.stderr.read()
    assert b"Traceback" not in err
    assert proc.returncode == 130 and b"interrupted" in err, (proc.returncode, err[-500:])


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_grade_cleans_up(backend, sig, tmp_path):
    proc = grade_process(FIXTURES / "lru" / "loops_on_missing_get.py", backend, tmp_path)
    mine = f"{PID_LABEL}={proc.pid}"
    time.sleep(4)  # inside the looping call by now
    assert proc.poll() is None, "the grade should still be running"
    if backend == "docker":
        assert containers(mine), "the grade's container should be running"
    else:
        assert workers_under(tmp_path), "the grade's worker should be running"
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    time.sleep(0.5)
    if backend == "docker":  # the local backend needs no engine: `docker ps` may fail here
        assert not containers(mine), "a container was left behind"
    assert not list(tmp_path.iterdir()), "a temp dir was left behind"
    assert not workers_under(tmp_path), "a worker process was left behind"
    assert_interrupted(proc)


def test_twenty_grades_at_once_leave_nothing(docker_ready):
    procs = [subprocess.Popen([sys.executable, "-m", "grader", "check", "lru-cache",
                               str(REPO / "examples" / "lru_cache.py"), "--sandbox", "docker"],
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(20)]
    codes = [p.wait(timeout=300) for p in procs]
    assert codes == [0] * 20, [p.stderr.read()[-500:] for p in procs if p.returncode]
    for p in procs:
        assert not containers(f"{PID_LABEL}={p.pid}")


# A worker that ignores everything: every signal it can block is blocked and it sleeps in C, so
# only SIGKILL ends it; the grade is interrupted while it hangs at import.
HANGING_WORKER = '''\
import signal
import socket
import time

signal.pthread_sigmask(signal.SIG_BLOCK, set(signal.Signals) - {signal.SIGKILL, signal.SIGSTOP})
for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(sig, signal.SIG_IGN)
time.sleep(10 ** 6)


class LRUCache:
    pass
'''


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_grade_with_a_hanging_worker_cleans_up(backend, sig, tmp_path):
    submission = tmp_path / "submission" / "lru_cache.py"
    submission.parent.mkdir()
    submission.write_text(HANGING_WORKER)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = grade_process(submission, backend, tmp)
    mine = f"{PID_LABEL}={proc.pid}"
    time.sleep(4)  # the worker is importing the submission, hung, by now
    assert proc.poll() is None, "the grade should still be running"
    if backend == "docker":
        assert containers(mine), "the grade's container should be running"
    else:
        assert workers_under(tmp), "the grade's sandbox should be running"
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    time.sleep(0.5)
    if backend == "docker":  # the local backend needs no engine: `docker ps` may fail here
        assert not containers(mine), "a container was left behind"
    assert not list(tmp.iterdir()), "a temp dir was left behind"
    assert not workers_under(tmp), "a sandbox process was left behind"
    assert not sandbox_processes(proc.pid), "a worker process was left behind"
    assert_interrupted(proc)


def sandbox_processes(grader_pid: int) -> list[str]:
    """Processes running as one of the uids a root grader gives its local sandboxes."""
    uids = set(sandbox_uids(grader_pid))
    out = subprocess.run(["ps", "-eo", "uid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in out.splitlines()
            if line.split() and line.split()[0].isdigit() and int(line.split()[0]) in uids]


def test_sandbox_clean_removes_only_what_dead_graders_left(docker_ready, run, tmp_path):
    """kill -9 gives a grader no chance to remove its container: `grader sandbox clean` does
    it later. It keeps the containers of graders still running (here, one labelled as this
    test's own process) until asked for --all."""
    import docker
    import docker.errors

    from grader.isolation import docker_backend as db

    killed = grade_process(FIXTURES / "lru" / "loops_on_missing_get.py", "docker", tmp_path)
    left = f"{PID_LABEL}={killed.pid}"
    for _ in range(60):
        if containers(left):
            break
        time.sleep(0.5)
    killed.kill()
    killed.wait(timeout=30)
    assert containers(left), "SIGKILL should have left the grade's container behind"
    doctor = run("doctor")
    assert "left by graders that were killed" in doctor.out, doctor

    alive = docker.from_env().containers.run(
        db.DEFAULT_IMAGE, ["python3", "-c", "import time; time.sleep(120)"], detach=True,
        network_mode="none", labels={db.LABEL: "worker", PID_LABEL: str(os.getpid()),
                                     db.PROCESS_LABEL: db.process_identity(os.getpid()),
                                     db.HOST_LABEL: socket.gethostname()})
    try:
        cleaned = run("sandbox", "clean")
        assert cleaned.code == 0, cleaned
        assert cleaned.out.startswith("removed "), cleaned
        assert not containers(left), "the killed grader's container is still there"
        assert "left by graders" not in run("doctor").out
        assert containers(f"{PID_LABEL}={os.getpid()}"), "a running grader's container went"
        everything = run("sandbox", "clean", "--all")
        assert everything.code == 0, everything
        assert not containers(f"{PID_LABEL}={os.getpid()}")
    finally:
        with contextlib.suppress(docker.errors.NotFound):
            alive.remove(force=True)
