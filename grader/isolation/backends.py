"""Choosing the sandbox backend a run uses."""

from pathlib import Path
from typing import Literal

from grader.errors import CannotGrade
from grader.isolation.docker_backend import DockerBackend
from grader.isolation.local_backend import LocalBackend
from grader.isolation.sandbox_process import Backend

SandboxChoice = Literal["auto", "docker", "local"]


def choose_backend(choice: SandboxChoice, hide: list[Path], image: str | None = None) -> Backend:
    """`docker` or fail; `local`; or `auto`: Docker when an engine and the image answer."""
    docker = DockerBackend(image) if image else DockerBackend()
    if choice in ("docker", "auto"):
        problem = docker.problem()
        if problem is None:
            return docker
        if choice == "docker":
            raise CannotGrade(f"--sandbox docker: {problem}")
    return LocalBackend(hide=hide)
