# style: parse every field into a set, then scan day by day (skipping whole months) and pick the first hour/minute
"""The next time a five-field cron expression fires."""

import calendar
import re
from datetime import date, datetime, timedelta

_MONTHS = {name: i for i, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DAYS = {name: i for i, name in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])}

# (low, high, names)
_FIELDS = [(0, 59, {}), (0, 23, {}), (1, 31, {}), (1, 12, _MONTHS), (0, 7, _DAYS)]
_NUMBER = re.compile(r"[0-9]+")


def _value(token, low, high, names):
    if _NUMBER.fullmatch(token):
        v = int(token)
    elif token.lower() in names and token.isascii():
        v = names[token.lower()]
    else:
        raise ValueError(f"invalid value {token!r}")
    if not low <= v <= high:
        raise ValueError(f"value {v} out of range {low}-{high}")
    return v


def _parse_field(text, low, high, names):
    result = set()
    for item in text.split(","):
        if not item:
            raise ValueError("empty list item")
        step = 1
        if "/" in item:
            base, step_text = item.split("/", 1)
            if not _NUMBER.fullmatch(step_text):
                raise ValueError(f"invalid step in {item!r}")
            step = int(step_text)
            if step < 1:
                raise ValueError("step must be at least 1")
        else:
            base = item
        if base == "*":
            start, end = low, high
        elif "-" in base:
            a, b = base.split("-", 1)
            start, end = _value(a, low, high, names), _value(b, low, high, names)
            if start > end:
                raise ValueError(f"backwards range {item!r}")
        else:
            start = _value(base, low, high, names)
            end = high if "/" in item else start
        result.update(range(start, end + 1, step))
    return result


def _parse(expr):
    if not isinstance(expr, str):
        raise ValueError("expression must be a string")
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("a cron expression has exactly five fields")
    sets = [_parse_field(f, lo, hi, names) for f, (lo, hi, names) in zip(fields, _FIELDS)]
    if 7 in sets[4]:
        sets[4].discard(7)
        sets[4].add(0)
    dom_restricted = fields[2] != "*"
    dow_restricted = fields[4] != "*"
    return sets, dom_restricted, dow_restricted


def next_run(expr: str, after: datetime) -> datetime:
    (minutes, hours, doms, months, dows), dom_r, dow_r = _parse(expr)
    minutes, hours = sorted(minutes), sorted(hours)
    start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)

    def day_matches(d: date) -> bool:
        dom_ok = d.day in doms
        dow_ok = (d.weekday() + 1) % 7 in dows
        if dom_r and dow_r:
            return dom_ok or dow_ok
        return dom_ok and dow_ok

    day = start.date()
    limit = day.replace(year=min(day.year + 401, 9999)) if day.month != 2 or day.day != 29 \
        else date(min(day.year + 401, 9999), 3, 1)
    while day < limit:
        if day.month not in months:
            # jump to the first day of the next month
            y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
            day = date(y, m, 1)
            continue
        if day_matches(day):
            first_day = day == start.date()
            for h in hours:
                if first_day and h < start.hour:
                    continue
                for mi in minutes:
                    if first_day and h == start.hour and mi < start.minute:
                        continue
                    return datetime(day.year, day.month, day.day, h, mi)
        if day.day == calendar.monthrange(day.year, day.month)[1] and day.month == 12 \
                and day.year == 9999:
            break
        day += timedelta(days=1)
    raise ValueError(f"cron expression {expr!r} never fires")
