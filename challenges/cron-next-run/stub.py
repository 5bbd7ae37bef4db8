"""The next time a five-field cron expression fires."""

from datetime import datetime


def next_run(expr: str, after: datetime) -> datetime:
    """Return the first whole minute strictly after `after` matched by `expr`.

    `expr` has five fields: minute hour day-of-month month day-of-week.
    Raises ValueError when the expression is invalid.
    """
    raise NotImplementedError
