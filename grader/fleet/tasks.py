"""The one task a worker runs: grade a submission's files against the worker's own bank.

Everything in a task message is untrusted (whoever can write to the broker wrote it): it is
validated before use, its files are written only inside a fresh folder, and the sandbox is
the one the worker's command line chose, never the message's. The hidden tests never travel:
the worker grades only if its grader and its copy of the challenge are the sender's.
"""

import contextlib
import json
import os
import signal
import tempfile
import threading
from pathlib import Path, PurePosixPath
from typing import Annotated, Literal

from celery.signals import worker_process_init, worker_process_shutdown
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from grader import __version__, interrupts
from grader.bank import Bank
from grader.batch.cache import challenge_digest
from grader.errors import GraderError
from grader.fleet.app import MAX_RESULT_BYTES, app
from grader.isolation import warm_pool
from grader.isolation.docker_backend import remove_leftovers
from grader.pipeline import GradeOptions, grade
from grader.submission.loader import MAX_FILES, MAX_TOTAL_BYTES

TASK_NAME = "grader.grade"
Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$")]


class FleetError(Exception):
    """A task the worker refused or could not grade: its message goes back to the sender."""


class TaskSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    probes: Literal["off", "quick", "full"]
    quality: bool
    audience: Literal["candidate", "reviewer"]


class GradeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    challenge: Name
    module: Name
    kind: Literal["file", "package"]
    files: dict[str, str] = Field(max_length=MAX_FILES)
    path: str = Field(max_length=4096)  # as the sender names the answer in its report
    settings: TaskSettings
    grader_version: str = Field(max_length=100)
    challenge_digest: str = Field(pattern=r"^[0-9a-f]{64}$")


class WorkerSetup:
    """Set by `grader worker` before the pool starts (its processes inherit it)."""
    bank_root: str | None = None
    sandbox: str = "docker"
    warm: int = 0  # Docker sandboxes each pool process keeps started ahead
    time_limit: float = 0.0  # s a grade may run (0: none), enforced by _time_limit


_over_time = threading.Event()


def _stop_over_time(signum, frame) -> None:
    _over_time.set()
    interrupts.stop(signum, frame)  # unwinds as Ctrl-C: every sandbox is removed on the way


@contextlib.contextmanager
def _time_limit(seconds: float):
    """The task's time limit, kept by the pool process itself: Celery's hard limit (its pool's
    timer) was seen not to fire here, a looping grade ran 43 s past a 5 s limit. The grade
    is unwound as Ctrl-C unwinds it, so its containers go too, and the task fails back."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    _over_time.clear()
    previous = signal.signal(signal.SIGUSR2, _stop_over_time)
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGUSR2))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        signal.signal(signal.SIGUSR2, previous)


@worker_process_init.connect
def _remove_what_killed_processes_left(**_) -> None:
    """A pool process starts, also in place of one that was killed (out of memory, SIGKILL,
    Celery's own hard limit): the containers that one had running are removed here, as
    `grader sandbox clean` would."""
    if WorkerSetup.sandbox == "docker":
        try:
            remove_leftovers()
        except Exception:  # the engine is busy or gone: clean can still do it later
            pass


@worker_process_shutdown.connect
def _remove_warm_pool(**_) -> None:
    """A pool process that stops (the worker's Ctrl-C or SIGTERM) removes the containers
    it had started ahead; after a SIGKILL, `grader sandbox clean` finds them."""
    pool = warm_pool.current()
    if pool is not None:
        pool.close()


def _write(request: GradeRequest, folder: Path) -> Path:
    """The submission's files inside `folder`, each name checked to stay there."""
    total = 0
    for name, text in request.files.items():
        rel = PurePosixPath(name)
        inside = rel.parts and rel.parts[0] == (f"{request.module}.py" if request.kind == "file"
                                                else request.module)
        if rel.is_absolute() or ".." in rel.parts or not inside or "\0" in name:
            raise FleetError(f"refused: a file name outside the answer ({name[:100]!r})")
        total += len(text.encode("utf-8", "surrogatepass"))
        if total > MAX_TOTAL_BYTES:
            raise FleetError("refused: the answer's files are too large")
        target = folder.joinpath(*rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", errors="surrogatepass")
    if request.kind == "file" and len(request.files) != 1:
        raise FleetError("refused: a one-file answer with several files")
    return folder / (f"{request.module}.py" if request.kind == "file" else request.module)


@app.task(name=TASK_NAME)
def grade_task(payload: object) -> str:
    """The report as JSON, or FleetError with the reason it was not graded."""
    try:
        request = GradeRequest.model_validate(payload)
    except ValidationError as exc:
        raise FleetError(f"refused: a malformed task ({exc.error_count()} problems, first: "
                         f"{exc.errors()[0]['loc']} {exc.errors()[0]['msg']})") from None
    if WorkerSetup.warm and warm_pool.current() is None:  # started in this pool process
        warm_pool.enable(WorkerSetup.warm)
    try:
        bank = Bank(WorkerSetup.bank_root) if WorkerSetup.bank_root else Bank()
        challenge = bank.load(request.challenge)
        if challenge.spec.module != request.module:
            raise FleetError(f"challenge {request.challenge}: the worker's module is "
                             f"{challenge.spec.module}, the sender's {request.module}")
        digest = challenge_digest(challenge)
        if (request.grader_version, request.challenge_digest) != (__version__, digest):
            raise FleetError(
                f"version mismatch: this worker runs grader {__version__} with challenge "
                f"{request.challenge} at {digest[:12]}, the sender grader "
                f"{request.grader_version[:40]} at {request.challenge_digest[:12]}: update the "
                "worker's grader or bank (it did not grade against other hidden tests)")
        with tempfile.TemporaryDirectory(prefix="grader-fleet-") as tmp:
            path = _write(request, Path(tmp))
            options = GradeOptions(sandbox=WorkerSetup.sandbox, probes_beside_tests=False,
                                   **request.settings.model_dump())  # grades side by side
            with _time_limit(WorkerSetup.time_limit):
                report = grade(bank, request.challenge, path, options)
    except GraderError as exc:  # not gradable here: the same message a local batch would show
        raise FleetError(exc.message) from None
    except KeyboardInterrupt:
        if not _over_time.is_set():
            raise  # the worker is stopping
        interrupts.forget()
        raise FleetError(f"not graded: the grade ran past this worker's time limit "
                         f"({WorkerSetup.time_limit:g} s, grader worker --time-limit)") from None
    # Named as the sender named it, not as the temporary copy (the path, and the reasons
    # that quote it): the JSON-escaped folder is unique, so the replacement hits only it.
    text = report.model_dump_json().replace(json.dumps(str(path))[1:-1],
                                            json.dumps(request.path)[1:-1])
    if len(text) > MAX_RESULT_BYTES:
        raise FleetError(f"the report is larger than {MAX_RESULT_BYTES // 2**20} MB: not stored")
    return text
