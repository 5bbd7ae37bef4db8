"""The sandbox backends, by name: the one registry the CLI's --sandbox choices, doctor and
config validation derive from. A new backend is one Backend subclass and one line here."""

from collections.abc import Sequence
from pathlib import Path

from grader.errors import CannotGrade
from grader.isolation.docker_backend import DockerBackend
from grader.isolation.local_backend import LocalBackend
from grader.isolation.sandbox_process import Backend

# `--sandbox auto` takes the first that works here, in this order.
BACKENDS: dict[str, type[Backend]] = {"docker": DockerBackend, "local": LocalBackend}
SANDBOX_CHOICES = ("auto", *BACKENDS)


def make_backend(name: str, hide: Sequence[Path] = (), image: str | None = None) -> Backend:
    return BACKENDS[name].configured(hide=list(hide), image=image)


def isolated(backend: Backend) -> bool:
    """Whether the backend is a boundary: the local one is only with bubblewrap (SECURITY.md)."""
    return not isinstance(backend, LocalBackend) or backend.bwrap is not None


def sandbox_label(backend: Backend) -> str:
    """The short name a batch row or a CI summary gives the sandbox that ran it."""
    if isinstance(backend, LocalBackend):
        return "local+bubblewrap" if backend.bwrap else "local (unisolated)"
    return backend.name


UNISOLATED_HINT = ("install Docker (then: grader sandbox build) or bubblewrap, or pass "
                   "--allow-unisolated to run answers as plain subprocesses that can read and "
                   "write the host's files")


def choose_backend(choice: str, hide: list[Path], image: str | None = None,
                   require_isolation: bool = False) -> Backend:
    """The named backend, or fail saying why; `auto`: the first in BACKENDS that works here.
    require_isolation: a backend that is no boundary (local without bubblewrap) is refused
    rather than used; batch and ci ask for it, unless the user allowed otherwise."""
    names = list(BACKENDS) if choice == "auto" else [choice]
    if choice != "auto" and choice not in BACKENDS:
        raise CannotGrade(f"unknown sandbox {choice!r} (one of: {', '.join(SANDBOX_CHOICES)})")
    problems, unisolated = [], False
    for name in names:
        backend = make_backend(name, hide, image)
        problem = backend.problem()
        if problem is None and require_isolation and not isolated(backend):
            problem, unisolated = "not isolated here (no bubblewrap)", True
        if problem is None:
            return backend
        problems.append(f"{name}: {problem}" if choice == "auto" else problem)
    prefix = f"--sandbox {choice}: " if choice != "auto" else "no sandbox works here: "
    suffix = f" ({UNISOLATED_HINT})" if unisolated else ""
    raise CannotGrade(prefix + "; ".join(problems) + suffix)
