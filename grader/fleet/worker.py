"""`grader worker`: a Celery worker grading the fleet's tasks on this machine's sandbox."""

import os
import socket

from grader.fleet.app import QUEUE, configure
from grader.fleet.tasks import WorkerSetup


def run_worker(broker: str, bank_root: str | None, sandbox: str, concurrency: int,
               time_limit: int, warm: int = 0) -> None:
    app = configure(broker, time_limit)
    # The pool's processes inherit these (each starts its own warm pool at its first task).
    WorkerSetup.bank_root, WorkerSetup.sandbox, WorkerSetup.warm = bank_root, sandbox, warm
    WorkerSetup.time_limit = time_limit
    name = f"grader-{os.getpid()}@{socket.gethostname()}"  # several workers on one machine
    app.worker_main(["worker", f"--concurrency={concurrency}", "--loglevel=INFO", "-Q", QUEUE,
                     "-n", name, "-O", "fair", "--without-gossip", "--without-mingle"])
