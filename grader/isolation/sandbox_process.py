"""What every backend hands the session: a running worker behind two streams."""

import queue
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from grader.bank.spec import Limits
from grader.isolation.streams import LineSplitter, OutputBuffer
from grader.shipped import shipped_dir

SANDBOX_DIR = shipped_dir("sandbox")  # the image context: Dockerfile, worker
WIRE_PATH = Path(__file__).resolve().parent / "wire.py"


def worker_files() -> dict[str, bytes]:
    """The files the worker needs beside it: itself and the shared codec."""
    return {"worker.py": (SANDBOX_DIR / "worker.py").read_bytes(),
            "wire.py": WIRE_PATH.read_bytes()}


@dataclass(frozen=True)
class ExitInfo:
    code: int | None  # None: still running or unknown
    oom_killed: bool = False


class SandboxProcess(ABC):
    """One worker in one sandbox. Subclasses start it and feed the two streams."""

    backend: str = ""
    isolation: str = ""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.messages: queue.Queue = queue.Queue()
        self.protocol = LineSplitter(self.messages)
        self.output = OutputBuffer(limits.output_kb * 1024)

    @abstractmethod
    def send(self, data: bytes) -> None: ...

    @abstractmethod
    def kill(self) -> None: ...

    @abstractmethod
    def exit_info(self, timeout: float) -> ExitInfo: ...

    @abstractmethod
    def close(self) -> None:
        """Stop the worker and remove everything it had (idempotent)."""

    # The kernel's accounting of the whole sandbox (every thread and child), which the
    # submission cannot reach: the probes' deciding figures. None where it cannot be read.
    def cpu_time_ns(self) -> int | None:
        """CPU time the sandbox has used so far, in nanoseconds."""
        return None

    def reset_memory_peak(self) -> int | None:
        """Start a new peak of the sandbox's memory; returns the memory in use now (where the
        new peak starts), or None when the peak cannot be reset."""
        return None

    def memory_peak(self) -> int | None:
        """The sandbox's peak memory in bytes since the last reset_memory_peak."""
        return None


class Backend(ABC):
    """A kind of sandbox. Registered by name in grader/isolation/backends.py."""

    name: str = ""

    @classmethod
    def configured(cls, hide: list[Path], image: str | None) -> "Backend":
        """This backend for one run: `hide` lists host folders a submission must never see
        (the bank's hidden tests); `image` names a container image, for backends that
        use one."""
        return cls()

    def notes(self) -> list[str]:
        """Extra lines for `grader doctor` once the backend is ready (leftovers, say)."""
        return []

    @abstractmethod
    def problem(self) -> str | None:
        """Why this backend cannot run here (with what to do), or None when it can."""

    @abstractmethod
    def start(self, limits: Limits, env: dict[str, str]) -> SandboxProcess: ...

    @abstractmethod
    def describe(self) -> str:
        """How isolated a run on this backend is, for the report."""
