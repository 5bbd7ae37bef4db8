"""The sandbox backends, by name: the one registry the CLI's --sandbox choices, doctor and
config validation derive from. A new backend is one Backend subclass and one line here."""

from pathlib import Path

from grader.errors import CannotGrade
from grader.isolation.docker_backend import DockerBackend
from grader.isolation.local_backend import LocalBackend
from grader.isolation.sandbox_process import Backend

# `--sandbox auto` takes the first that works here, in this order.
BACKENDS: dict[str, type[Backend]] = {"docker": DockerBackend, "local": LocalBackend}
SANDBOX_CHOICES = ("auto", *BACKENDS)


def make_backend(name: str, hide: list[Path] = (), image: str | None = None) -> Backend:
    return BACKENDS[name].configured(hide=list(hide), image=image)


def choose_backend(choice: str, hide: list[Path], image: str | None = None) -> Backend:
    """The named backend, or fail saying why; `auto`: the first in BACKENDS that works here."""
    names = list(BACKENDS) if choice == "auto" else [choice]
    if choice != "auto" and choice not in BACKENDS:
        raise CannotGrade(f"unknown sandbox {choice!r} (one of: {', '.join(SANDBOX_CHOICES)})")
    problems = []
    for name in names:
        backend = make_backend(name, hide, image)
        problem = backend.problem()
        if problem is None:
            return backend
        problems.append(f"{name}: {problem}" if choice == "auto" else problem)
    prefix = f"--sandbox {choice}: " if choice != "auto" else "no sandbox works here: "
    raise CannotGrade(prefix + "; ".join(problems))
