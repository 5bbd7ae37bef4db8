"""The sandboxes themselves: hardening seen from inside, and nothing left behind."""

import subprocess

import pytest
from conftest import REPO

from grader.bank.spec import Limits
from grader.isolation.docker_backend import LABEL, DockerBackend
from grader.isolation.local_backend import LocalBackend
from grader.isolation.session import WorkerSession

PROBE = '''
import os, socket
def uid():
    return os.getuid()
def can_write(path):
    try:
        with open(path, "w") as fh:
            fh.write("x")
        return True
    except OSError:
        return False
def can_read(path):
    try:
        with open(path) as fh:
            fh.read(1)
        return True
    except OSError:
        return False
def network():
    try:
        socket.create_connection(("1.1.1.1", 53), timeout=2)
        return "connected"
    except OSError as exc:
        return type(exc).__name__
def capabilities():
    with open("/proc/self/status") as fh:
        return [line.split()[1] for line in fh if line.startswith("CapEff")][0]
def env():
    return dict(os.environ)
def spawn(n):
    import subprocess
    procs = []
    try:
        for _ in range(n):
            procs.append(subprocess.Popen(["sleep", "5"]))
    except OSError as exc:
        return len(procs), type(exc).__name__
    return len(procs), None
'''


def session(backend):
    return WorkerSession(backend, Limits(pids=32, call_timeout_s=10), {"probe.py": PROBE}, "probe")


@pytest.fixture
def docker_session(docker_ready):
    with session(DockerBackend()) as s:
        yield s.module


def test_docker_runs_as_nobody_with_no_capabilities(docker_session):
    assert docker_session.uid() == 65534
    assert int(docker_session.capabilities(), 16) == 0


def test_docker_root_is_read_only_and_tmp_is_writable(docker_session):
    assert not docker_session.can_write("/etc/evil")
    assert not docker_session.can_write("/opt/grader/worker.py")
    assert docker_session.can_write("/tmp/scratch")


def test_docker_has_no_network(docker_session):
    assert docker_session.network() != "connected"


def test_docker_pids_limit(docker_session):
    started, error = docker_session.spawn(100)
    assert started < 32 and error is not None


def test_docker_environment_holds_no_grader_secrets(docker_session, monkeypatch):
    env = docker_session.env()
    assert not any("DOCKER" in k or "TOKEN" in k or "SECRET" in k for k in env), env


def test_docker_leaves_no_container_behind(docker_ready):
    def count():
        out = subprocess.run(["docker", "ps", "-aq", "--filter", f"label={LABEL}"],
                             capture_output=True, text=True, check=True).stdout
        return len(out.split())

    before = count()
    with session(DockerBackend()) as s:
        assert s.module.uid() == 65534
        assert count() == before + 1
    assert count() == before


def test_local_backend_hides_the_hidden_tests():
    backend = LocalBackend(hide=[REPO / "hidden_tests"])
    if not backend.bwrap:
        pytest.fail("bubblewrap is expected on this machine (scripts/setup-sandbox.sh installs it)")
    with session(backend) as s:
        assert not s.module.can_read(str(REPO / "hidden_tests" / "lru-cache" / "reference.py"))
        assert s.module.network() != "connected"
        assert not s.module.can_write(str(REPO / "evil.txt"))
    assert not (REPO / "evil.txt").exists()


def test_local_backend_without_bwrap_still_limits_memory():
    backend = LocalBackend(use_bwrap=False)
    assert "no filesystem or network isolation" in backend.describe()
    with WorkerSession(backend, Limits(memory_mb=64), {"m.py": "def grab():\n"
                       "    return len(bytearray(2 * 1024 ** 3))\n"}, "m") as s:
        from grader.isolation.failures import SubmissionMemoryLimit

        with pytest.raises(SubmissionMemoryLimit):
            s.module.grab()


def test_local_backend_sees_a_python_kept_under_tmp(tmp_path, monkeypatch):
    """A venv in a scratch clone under /tmp stays visible over the sandbox's private /tmp."""
    from grader.isolation import local_backend

    python_home = tmp_path / "clone" / ".venv"
    python_home.mkdir(parents=True)
    (python_home / "marker.txt").write_text("here")
    real = local_backend._python_dirs()
    monkeypatch.setattr(local_backend, "_python_dirs", lambda: [*real, str(python_home)])
    with session(LocalBackend()) as s:
        assert s.module.can_read(str(python_home / "marker.txt"))
        assert not s.module.can_write(str(python_home / "evil.txt"))
        assert s.module.can_write("/tmp/scratch.txt")
    assert not (python_home / "evil.txt").exists()


class SlowStartBackend(LocalBackend):
    """An engine that takes 0.6 s to start a sandbox, as a loaded Docker host can."""

    def start(self, limits, env):
        import time

        time.sleep(0.6)
        return super().start(limits, env)


def test_sandbox_restart_does_not_count_against_the_test_time_limit():
    """A worker discarded mid-test (a timeout, a crash) restarts on the next call; that start
    is the grader's work, so a 0.4 s test limit neither cuts it in half nor blames it."""
    import time

    import timeout_decorator

    from grader.isolation.failures import SubmissionTimeout

    code = "import time\ndef ping():\n    return 'pong'\ndef nap(s):\n    time.sleep(s)\n"
    limited = timeout_decorator.timeout(0.4, timeout_exception=SubmissionTimeout,
                                        exception_message="the test took too long")
    with WorkerSession(SlowStartBackend(), Limits(call_timeout_s=5), {"m.py": code}, "m") as s:
        def restart_then_call():
            s.close()  # as after a timeout: the next request starts a fresh sandbox
            return s.module.ping()

        assert limited(restart_then_call)() == "pong"
        # The clock runs again once the sandbox is up: a slow call still times out.
        started = time.monotonic()
        with pytest.raises(SubmissionTimeout):
            limited(lambda: (s.close(), s.module.nap(2)))()
        assert time.monotonic() - started < 1.5
