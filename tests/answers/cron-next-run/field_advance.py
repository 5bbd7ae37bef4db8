# style: token-level validation with a regex grammar, boolean lookup tables, and a croniter-like field-by-field advance loop
"""Next cron run found by advancing month, day, hour and minute fields in turn."""

import re
from datetime import datetime, timedelta

_NAMES = {
    3: "jan feb mar apr may jun jul aug sep oct nov dec".split(),
    4: "sun mon tue wed thu fri sat".split(),
}
_BOUNDS = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
_ATOM = r"(?:[0-9]+|[A-Za-z]{3})"
_ITEM = re.compile(rf"^(?:(\*)|({_ATOM})(?:-({_ATOM}))?)(?:/([0-9]+))?$")


def _atom(text, index):
    lo, hi = _BOUNDS[index]
    if text.isdigit():
        value = int(text)
    else:
        names = _NAMES.get(index, [])
        low = text.lower()
        if low not in names:
            raise ValueError(f"unknown name {text!r} in field {index}")
        value = names.index(low) + (1 if index == 3 else 0)
    if value < lo or value > hi:
        raise ValueError(f"{value} out of range for field {index}")
    return value


def _field(text, index):
    lo, hi = _BOUNDS[index]
    table = [False] * (hi + 1)
    for item in text.split(","):
        m = _ITEM.match(item)
        if not m:
            raise ValueError(f"malformed item {item!r}")
        star, first, last, step = m.groups()
        step = int(step) if step is not None else 1
        if step == 0:
            raise ValueError("step of 0")
        if star:
            a, b = lo, hi
        else:
            a = _atom(first, index)
            if last is not None:
                b = _atom(last, index)
                if b < a:
                    raise ValueError(f"backwards range {item!r}")
            else:
                b = hi if m.group(4) is not None else a
        for v in range(a, b + 1, step):
            table[v] = True
    if index == 4:
        table[0] = table[0] or table[7]
    return table


def next_run(expr: str, after: datetime) -> datetime:
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError("expected five fields")
    minute, hour, dom, month, dow = (_field(p, i) for i, p in enumerate(parts))
    both = parts[2] != "*" and parts[4] != "*"

    def day_ok(t):
        a = dom[t.day]
        b = dow[t.isoweekday() % 7]
        return (a or b) if both else (a and b)

    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    horizon = t + timedelta(days=366 * 401)
    while t < horizon:
        if not month[t.month]:
            t = (t.replace(year=t.year + 1, month=1, day=1, hour=0, minute=0) if t.month == 12
                 else t.replace(month=t.month + 1, day=1, hour=0, minute=0))
            continue
        if not day_ok(t):
            t = (t + timedelta(days=1)).replace(hour=0, minute=0)
            continue
        if not hour[t.hour]:
            t = (t + timedelta(hours=1)).replace(minute=0)
            continue
        if not minute[t.minute]:
            t += timedelta(minutes=1)
            continue
        return t
    raise ValueError(f"{expr!r} never fires")
