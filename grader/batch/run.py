"""Grading a batch: several submissions at once in worker processes, cached, interruptible.

Each grade runs in its own process (pytest and the per-test SIGALRM limit want
a main thread each). Reports are cached as they arrive, so Ctrl-C keeps what
was graded and a rerun grades only what changed.
"""

import concurrent.futures as cf
import multiprocessing
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from grader.bank import Bank
from grader.batch.cache import ReportCache
from grader.batch.discover import Job
from grader.errors import GraderError
from grader.pipeline import GradeOptions, grade
from grader.report.model import Report
from grader.submission import load_submission

_stop: Any = None  # in a worker process: the batch's "stop" event, set by Ctrl-C anywhere


def _init_worker(stop) -> None:
    global _stop
    _stop = stop


def _grade_one(bank_root: str, job: dict, settings: dict) -> str:
    """In a worker process: one grade, returned as JSON (plain data crosses processes)."""
    if _stop.is_set():  # a job handed over before the interrupt: not started at all
        raise KeyboardInterrupt
    options = GradeOptions(**settings)
    try:
        report = grade(Bank(bank_root), job["challenge"], job["path"], options)
    except KeyboardInterrupt:  # Ctrl-C reached this process: its sandbox is gone, and the
        _stop.set()  # jobs the pool already queued for this worker must not start either
        raise
    return report.model_dump_json()


def run_batch(bank: Bank, jobs: list[Job], settings: dict, jobs_n: int, cache: ReportCache,
              console: Console, sandbox: str = ""
              ) -> tuple[dict[Job, Report | str], set[Job], bool]:
    """Grade every job: {job: report or error text}, the jobs served from the cache, and
    whether it was interrupted. `sandbox` labels the backend the CLI chose (settings name it):
    a report cached under another isolation is not served for this one."""
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
        ctx = multiprocessing.get_context("spawn")
        stop = ctx.Event()
        pool = cf.ProcessPoolExecutor(max_workers=jobs_n, mp_context=ctx,
                                      initializer=_init_worker, initargs=(stop,))
        try:
            futures = {pool.submit(_grade_one, str(bank.root),
                                   {**asdict(j), "path": str(j.path)}, settings): j for j in todo}
            failed = 0
            for done in cf.as_completed(futures):
                job = futures[done]
                try:
                    report = Report.model_validate_json(done.result())
                    cache.put(keys[job], report)
                    results[job] = report
                    failed += not report.passed
                except GraderError as exc:
                    results[job], failed = exc.message, failed + 1
                except Exception as exc:  # a worker process died: that grade could not be made
                    results[job] = f"could not grade: {type(exc).__name__}: {exc}"
                    failed += 1
                running = sum(1 for f in futures if f.running())
                progress.update(task, advance=1, running=running, failed=failed)
        except KeyboardInterrupt:
            interrupted = True
            stop.set()  # SIGTERM reaches only this process: its workers finish the grade
            pool.shutdown(wait=True, cancel_futures=True)  # they are in, then stop
        else:
            pool.shutdown(wait=True)
    return results, from_cache, interrupted

