"""Shared fixtures: the CLI run for real, and the backends the suite must cover."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def docker_problem() -> str | None:
    from grader.isolation.docker_backend import DockerBackend

    return DockerBackend().problem()


SLOW_FIXTURES = {"run", "backend"}


@pytest.hookimpl(tryfirst=True)  # before -m deselects by these markers
def pytest_collection_modifyitems(items):
    """The `docker` marker on every test that needs the engine: it requests docker_ready
    (itself or through a fixture) or runs with backend "docker". So `pytest -m "not docker"`
    passes on a machine with no engine, and `-m "not docker and not slow"` is the inner loop."""
    for item in items:
        params = getattr(item, "callspec", None)
        if "docker_ready" in getattr(item, "fixturenames", ()) or (
                params and params.params.get("backend") == "docker"):
            item.add_marker(pytest.mark.docker)
        # The CLI in a child process or a sandbox on either backend: seconds each, over ten
        # on this busy machine (a run's durations); Chromium's start alone takes seconds.
        if (SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
                or (params and "backend" in params.params)
                or item.get_closest_marker("browser")):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def docker_ready():
    """The Docker backend must work: the suite proves real containers, it does not skip them."""
    problem = docker_problem()
    if problem:
        pytest.fail(f"the Docker backend is not ready: {problem} "
                    "(run: bash scripts/setup-sandbox.sh)")


@pytest.fixture(params=["docker", "local"])
def backend(request):
    """Run a test on both backends."""
    if request.param == "docker":
        request.getfixturevalue("docker_ready")
    return request.param


class CliResult:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.code, self.out, self.err = proc.returncode, proc.stdout, proc.stderr

    @property
    def json(self) -> dict:
        return json.loads(self.out)

    def __repr__(self):
        return f"<exit {self.code}\nstdout: {self.out[-2000:]}\nstderr: {self.err[-2000:]}>"


def grader(*args: str, env: dict | None = None, timeout: float = 300) -> CliResult:
    """Run the real `grader` command in a child process."""
    proc = subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO,
                          env={**os.environ, **(env or {})})
    return CliResult(proc)


@pytest.fixture
def run():
    return grader


def containers(label: str) -> list[str]:
    """IDs of the containers (running or not) that carry a label or label=value."""
    out = subprocess.run(["docker", "ps", "-aq", "--filter", f"label={label}"],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


@pytest.fixture
def busy_machine():
    """Two CPU-bound processes beside what the test runs, on this two-CPU machine."""
    loops = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(2)]
    yield
    for loop in loops:
        loop.kill()
        loop.wait()
