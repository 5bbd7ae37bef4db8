"""The fleet's Celery app: every setting the sender and the workers share, in one place.

Only JSON crosses the broker (never pickle: whoever can write to Redis must not run code on
a worker or a sender). Tasks are acknowledged after they ran, so a worker that dies mid-grade
leaves its message to be delivered again; Redis does that once the message has been out for
the visibility timeout, which is therefore set from the one per-task time limit.
"""

import ssl
from urllib.parse import urlsplit, urlunsplit

from celery import Celery

from grader.errors import BadInput

DEFAULT_TIME_LIMIT = 600  # s, one grade on a worker (probes full on a slow answer fit in it)
RESTORE_INTERVAL = 5  # s between a worker's sweeps for tasks whose visibility timeout ran out
RESULT_EXPIRES = 24 * 3600  # s a report stays in Redis for its sender to collect
# s a task may wait in the queue: one not started by then is dropped unrun (its sender is
# most likely gone, Ctrl-C's revocations lost with a restarted worker); a live batch of
# thousands on two workers starts its last task well within it.
QUEUE_EXPIRES = 6 * 3600
MAX_RESULT_BYTES = 8 * 1024 * 1024  # a report bigger than this is refused, not stored
QUEUE = "grader"

app = Celery("grader", set_as_current=False)


def redact(url: str) -> str:
    """The URL as it may be printed: its password replaced."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        user = parts.username or ""
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
    except ValueError:  # a malformed URL: show nothing of what may be a secret
        return "<the broker URL>"


def scrub(text: str, url: str) -> str:
    """Any message (a library's error, a log line) with the URL's password taken out."""
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    text = text.replace(url, redact(url))
    return text.replace(password, "***") if password else text


def visibility_timeout(time_limit: int) -> int:
    """How long Redis waits before handing an unacknowledged task to another worker.

    Longer than any task may run (else a running grade is delivered twice); the longer it
    is, the longer a dead worker's task waits for another worker to take it over. The margin
    covers the moment between a worker taking a task and starting it."""
    return time_limit + max(5, time_limit // 10)


def configure(broker: str, time_limit: int = DEFAULT_TIME_LIMIT) -> Celery:
    try:
        scheme = urlsplit(broker).scheme
    except ValueError:
        scheme = ""
    if scheme not in ("redis", "rediss"):
        raise BadInput(f"--broker {redact(broker)}: give redis://[:PASSWORD@]HOST[:PORT]/DB "
                       "(or rediss:// for TLS)")
    transport = {"visibility_timeout": visibility_timeout(time_limit),
                 "unacked_restore_interval": RESTORE_INTERVAL, "unacked_restore_throttle": 1}
    app.conf.update(
        broker_url=broker, result_backend=broker,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        # A hard limit only: a soft one is an exception inside the grade, which could turn it
        # into a verdict; the hard one ends the pool process and the task fails back.
        task_time_limit=time_limit,
        task_track_started=True, result_expires=RESULT_EXPIRES,
        task_default_queue=QUEUE, broker_connection_retry_on_startup=True,
        broker_transport_options=transport, result_backend_transport_options=transport,
        worker_hijack_root_logger=False, worker_redirect_stdouts=False,
        worker_max_tasks_per_child=100,  # a grade's leftovers (modules, memory) do not pile up
        worker_cancel_long_running_tasks_on_connection_loss=False,
        resultrepr_maxsize=120,  # a worker's log names a report; it is not a copy of it
    )
    if scheme == "rediss" and "ssl_cert_reqs" not in broker:  # verify the server by default
        tls = {"ssl_cert_reqs": ssl.CERT_REQUIRED}
        app.conf.update(broker_use_ssl=tls, redis_backend_use_ssl=tls)
    return app
