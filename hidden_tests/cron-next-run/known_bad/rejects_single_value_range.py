# expect: error
# caught-by: edge
# why: rejects a range whose ends are equal ('5-5') as running backwards
"""Reference cron evaluator: the next time a five-field cron expression fires.

Parsing turns each field into the set of values it allows. Searching walks
forward day by day (skipping whole months the month field rules out), and on
the first day that matches picks the earliest allowed hour and minute, which
makes the search O(days to the match), not O(minutes).

Day matching follows Vixie cron as the catalog states it: when both
day-of-month and day-of-week are restricted (written as anything but "*") a
day matches if EITHER does; otherwise both must (the "*" one matches every day).
"""

from datetime import date, datetime, timedelta
from typing import NamedTuple

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

# (low, high, names mapped to their numbers) per field, in expression order.
FIELDS = [
    (0, 59, {}),
    (0, 23, {}),
    (1, 31, {}),
    (1, 12, {name: i + 1 for i, name in enumerate(MONTHS)}),
    (0, 7, {name: i for i, name in enumerate(DAYS)}),  # 0 and 7 are both Sunday
]
SEARCH_YEARS = 400  # the Gregorian calendar (weekdays included) repeats every 400 years


def _value(text: str, low: int, high: int, names: dict) -> int:
    lowered = text.lower()
    if lowered in names:
        return names[lowered]
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{text!r} is not a number or a name this field accepts")
    number = int(text)
    if not low <= number <= high:
        raise ValueError(f"{number} is outside {low}-{high}")
    return number


def _parse_item(item: str, low: int, high: int, names: dict) -> range:
    body, slash, step_text = item.partition("/")
    step = 1
    if slash:
        if not (step_text.isascii() and step_text.isdigit()) or int(step_text) == 0:
            raise ValueError(f"bad step in {item!r}")
        step = int(step_text)
    if body == "*":
        start, stop = low, high
    elif "-" in body:
        first, _, last = body.partition("-")
        start, stop = _value(first, low, high, names), _value(last, low, high, names)
        if start >= stop:
            raise ValueError(f"range {item!r} runs backwards")
    else:
        start = _value(body, low, high, names)
        stop = high if slash else start  # "5/15" means from 5 to the end, every 15
    return range(start, stop + 1, step)


def _parse_field(text: str, low: int, high: int, names: dict) -> frozenset:
    values = set()
    for item in text.split(","):
        if not item:
            raise ValueError(f"empty list item in {text!r}")
        values.update(_parse_item(item, low, high, names))
    return frozenset(values)


class Schedule(NamedTuple):
    """The values each field allows (days of week with 0 = Sunday, 7 folded into it)."""

    minutes: list[int]
    hours: list[int]
    doms: frozenset
    months: frozenset
    dows: frozenset
    either_day: bool  # both day fields restricted: a day matches when either does

    def matches_day(self, day: date) -> bool:
        """Whether the schedule runs at some time on `day`."""
        if day.month not in self.months:
            return False
        dom_ok, dow_ok = day.day in self.doms, day.isoweekday() % 7 in self.dows
        return (dom_ok or dow_ok) if self.either_day else (dom_ok and dow_ok)

    def first_time(self, floor: tuple[int, int]) -> tuple[int, int] | None:
        """The earliest allowed (hour, minute) at or after `floor`, if any."""
        for h in self.hours:
            if h < floor[0]:
                continue
            for m in self.minutes:
                if (h, m) >= floor:
                    return h, m
        return None


def parse(expr: str) -> Schedule:
    """The Schedule of a five-field cron expression; ValueError when it is invalid."""
    if not isinstance(expr, str):
        raise ValueError("a cron expression is a string")
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"expected 5 fields, got {len(parts)}: {expr!r}")
    minutes, hours, doms, months, dows = (
        _parse_field(text, *spec) for text, spec in zip(parts, FIELDS, strict=True))
    return Schedule(sorted(minutes), sorted(hours), doms, months,
                    frozenset(d % 7 for d in dows), parts[2] != "*" and parts[4] != "*")


def next_run(expr: str, after: datetime) -> datetime:
    """The first time `expr` fires strictly after `after` (a naive datetime), on a whole minute."""
    schedule = parse(expr)
    start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    day = start.date()
    limit = date(min(day.year + SEARCH_YEARS, 9999), 12, 31)
    while day <= limit:
        if day.month not in schedule.months:  # skip to the first day of the next month
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            continue
        if schedule.matches_day(day):
            floor = (start.hour, start.minute) if day == start.date() else (0, 0)
            found = schedule.first_time(floor)
            if found is not None:
                return datetime(day.year, day.month, day.day, *found)
        day += timedelta(days=1)
    raise ValueError(f"{expr!r} never fires after {after}")
