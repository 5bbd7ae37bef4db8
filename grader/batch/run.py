"""Grading a batch: several submissions at once in worker processes, cached, interruptible.

Each grade runs in its own process (pytest and the per-test SIGALRM limit want
a main thread each). Reports are cached as they arrive, so Ctrl-C keeps what
was graded and a rerun grades only what changed.
"""

import concurrent.futures as cf
import multiprocessing
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from grader.bank import Bank
from grader.batch.cache import ReportCache
from grader.batch.discover import Job
from grader.errors import GraderError
from grader.isolation import warm_pool
from grader.pipeline import GradeOptions, grade
from grader.report.model import Report
from grader.submission import load_submission

_stop: Any = None  # in a worker process: the batch's "stop" event, set by Ctrl-C anywhere


def _init_worker(stop, warm: int) -> None:
    global _stop
    _stop = stop
    # SIGTERM ends this process through its exit path (a SystemExit), so its sandbox and
    # its warm pool's containers are removed, as they are after Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    if warm:  # containers started ahead for this process's next grades (Docker only)
        warm_pool.enable(warm)


def _grade_one(bank_root: str, job: dict, settings: dict) -> str:
    """In a worker process: one grade, returned as JSON (plain data crosses processes)."""
    if _stop.is_set():  # a job handed over before the interrupt: not started at all
        raise KeyboardInterrupt
    options = GradeOptions(**settings, probes_beside_tests=False)  # grades side by side
    try:
        report = grade(Bank(bank_root), job["challenge"], job["path"], options)
    except KeyboardInterrupt:  # Ctrl-C reached this process: its sandbox is gone, and the
        _stop.set()  # jobs the pool already queued for this worker must not start either
        raise
    return report.model_dump_json()


class _LocalRun:
    """The grades in local worker processes, one grade per process at a time."""

    def __init__(self, bank: Bank, jobs: list[Job], settings: dict, jobs_n: int,
                 warm: int = 0):
        self.bank, self.jobs, self.settings = bank, jobs, settings
        ctx = multiprocessing.get_context("spawn")
        self.stop_event = ctx.Event()
        self.pool = cf.ProcessPoolExecutor(max_workers=jobs_n, mp_context=ctx,
                                           initializer=_init_worker,
                                           initargs=(self.stop_event, warm))
        self.futures: dict[cf.Future, Job] = {}

    def send(self) -> None:
        self.futures = {self.pool.submit(_grade_one, str(self.bank.root),
                                         {**asdict(j), "path": str(j.path)}, self.settings): j
                        for j in self.jobs}

    def completions(self) -> Iterator[tuple[Job, Callable[[], str]]]:
        for done in cf.as_completed(self.futures):
            yield self.futures[done], done.result

    def running(self) -> int:
        return sum(1 for f in self.futures if f.running())

    def stop(self) -> None:
        self.stop_event.set()  # SIGTERM reaches only this process: its workers finish the
        self.pool.shutdown(wait=True, cancel_futures=True)  # grade they are in, then stop

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def run_batch(bank: Bank, jobs: list[Job], settings: dict, jobs_n: int, cache: ReportCache,
              console: Console, sandbox: str = "", broker: str | None = None, warm: int = 0
              ) -> tuple[dict[Job, Report | str], set[Job], bool]:
    """Grade every job: {job: report or error text}, the jobs served from the cache, and
    whether it was interrupted. `sandbox` labels the backend the CLI chose (settings name it):
    a report cached under another isolation is not served for this one. With a `broker`,
    the grades run on the worker fleet behind it (grader/fleet) instead of local processes;
    otherwise each local process keeps `warm` Docker sandboxes started ahead (warm_pool)."""
    results: dict[Job, Report | str] = {}
    keys: dict[Job, str] = {}
    for job in jobs:
        if job.problem:  # refused while discovering: a row that says why, nothing read
            results[job] = job.problem
            continue
        try:
            sub = load_submission(job.path, bank.load(job.challenge).spec.module)
        except GraderError as exc:
            results[job] = exc.message
            continue
        keys[job] = cache.key(sub.sha256, bank.load(job.challenge),
                              {**settings, "sandbox_label": sandbox})
        cached = cache.get(keys[job])
        if cached is not None:
            results[job] = cached
    from_cache = {j for j in results if isinstance(results[j], Report)}
    todo = [j for j in jobs if j not in results]
    interrupted = False
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("running {task.fields[running]}, failed {task.fields[failed]}"),
               TimeRemainingColumn()]
    with Progress(*columns, console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task("grading", total=len(todo), running=0, failed=0)
        if broker:
            from grader.fleet.client import FleetRun

            runner: _LocalRun | FleetRun = FleetRun(broker, bank, todo, settings)
        else:
            runner = _LocalRun(bank, todo, settings, jobs_n, warm)
        try:
            runner.send()
            failed = 0
            for job, result in runner.completions():
                try:
                    report = Report.model_validate_json(result())
                    cache.put(keys[job], report)
                    results[job] = report
                    failed += not report.passed
                except GraderError as exc:
                    results[job], failed = exc.message, failed + 1
                except Exception as exc:  # a worker process died: that grade could not be made
                    results[job] = f"could not grade: {type(exc).__name__}: {exc}"
                    failed += 1
                progress.update(task, advance=1, running=runner.running(), failed=failed)
        except KeyboardInterrupt:
            interrupted = True
            runner.stop()
        else:
            runner.close()
    return results, from_cache, interrupted

