"""The sender's side: a batch's grades sent to the fleet, their reports collected as they land.

The same shape as a local pool for grader/batch/run.py: completions() yields each job with a
function that returns the report's JSON or raises why it was not graded; stop() revokes what
has not started (Ctrl-C).
"""

import time
from collections.abc import Callable, Iterator

from grader import __version__
from grader.bank import Bank
from grader.batch.cache import challenge_digest
from grader.batch.discover import Job
from grader.errors import CannotGrade
from grader.fleet.app import MAX_RESULT_BYTES, QUEUE_EXPIRES, configure, redact, scrub
from grader.fleet.tasks import FleetError, grade_task
from grader.submission import load_submission

POLL_S = 0.2


class FleetRun:
    def __init__(self, broker: str, bank: Bank, jobs: list[Job], settings: dict):
        self.broker, self.bank, self.jobs = broker, bank, jobs
        self.fields = {k: settings[k] for k in ("probes", "quality", "audience")}
        self.pending: dict = {}
        self.app = configure(broker)

    def _unreachable(self, exc: Exception) -> CannotGrade:
        text = " ".join(scrub(str(exc), self.broker).split()) or type(exc).__name__
        return CannotGrade(f"the broker {redact(self.broker)} cannot be reached: {text}")

    def send(self) -> None:
        try:  # one look before sending: a wrong password or host is one line, not retries
            with self.app.connection_for_write() as conn:
                conn.ensure_connection(max_retries=1, timeout=10)
            self.app.backend.client.ping()
        except Exception as exc:  # kombu's and redis's errors
            raise self._unreachable(exc) from None
        digests: dict[str, str] = {}
        for job in self.jobs:
            challenge = self.bank.load(job.challenge)
            if job.challenge not in digests:
                digests[job.challenge] = challenge_digest(challenge)
            sub = load_submission(job.path, challenge.spec.module)
            payload = {"challenge": job.challenge, "module": sub.module, "kind": sub.kind,
                       "files": sub.files, "path": str(job.path), "settings": self.fields,
                       "grader_version": __version__, "challenge_digest": digests[job.challenge]}
            try:
                self.pending[grade_task.apply_async((payload,), retry=False,
                                                    expires=QUEUE_EXPIRES)] = job
            except Exception as exc:  # kombu's and redis's errors: the broker is out of reach
                self.stop()
                raise self._unreachable(exc) from None

    def running(self) -> int:
        return sum(1 for r in self.pending if r.state == "STARTED")

    def completions(self) -> Iterator[tuple[Job, Callable[[], str]]]:
        while self.pending:
            landed = [r for r in self.pending if r.ready()]
            for result in landed:
                yield self.pending.pop(result), self._outcome(result)
            if not landed:
                time.sleep(POLL_S)

    def _outcome(self, result) -> Callable[[], str]:
        value, failed = result.result, result.failed()
        result.forget()  # collected: the report now lives in the sender's cache

        def get() -> str:
            if failed:
                text = str(value) if isinstance(value, FleetError) else \
                    f"could not grade on the fleet: {type(value).__name__}: {value}"
                raise CannotGrade(scrub(text, self.broker))
            if not isinstance(value, str) or len(value) > MAX_RESULT_BYTES:
                raise CannotGrade("the fleet sent back no report")
            return value
        return get

    def stop(self) -> None:
        """Revoke what has not started; grades already running finish on their workers."""
        for result in self.pending:
            result.revoke()

    def close(self) -> None:
        pass
