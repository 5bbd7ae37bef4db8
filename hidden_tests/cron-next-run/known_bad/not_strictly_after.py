# expect: failed
# caught-by: edge
# why: starts the search at after's own minute, so a time that matches exactly (or earlier in the same minute) is returned instead of the next one
from datetime import datetime, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
DAYS = {d: i for i, d in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])}
RANGES = [(0, 59, {}), (0, 23, {}), (1, 31, {}), (1, 12, MONTHS), (0, 7, DAYS)]


def parse_value(tok, lo, hi, names):
    if tok.lower() in names:
        return names[tok.lower()]
    if not tok.isdigit():
        raise ValueError(f"invalid token {tok!r}")
    v = int(tok)
    if not lo <= v <= hi:
        raise ValueError(f"{v} not in {lo}-{hi}")
    return v


def parse_field(field, lo, hi, names):
    result = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
            if step <= 0:
                raise ValueError("step must be positive")
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-")
            start, end = parse_value(a, lo, hi, names), parse_value(b, lo, hi, names)
        else:
            start = end = parse_value(part, lo, hi, names)
        result.update(range(start, end + 1, step))
    return result


def next_run(expr, after):
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("cron expressions have 5 fields")
    minutes, hours, doms, months, dows = (parse_field(f, *r) for f, r in zip(fields, RANGES))
    dows = {d % 7 for d in dows}
    dom_star, dow_star = fields[2] == "*", fields[4] == "*"
    t = after.replace(second=0, microsecond=0)
    day = t.replace(hour=0, minute=0)
    for _ in range(366 * 10):
        if day.month in months:
            dom_ok = day.day in doms
            dow_ok = (day.weekday() + 1) % 7 in dows
            if dom_star or dow_star:
                ok = dom_ok and dow_ok
            else:
                ok = dom_ok or dow_ok
            if ok:
                for h in sorted(hours):
                    for m in sorted(minutes):
                        cand = day.replace(hour=h, minute=m)
                        if cand >= t:
                            return cand
        day += timedelta(days=1)
    raise ValueError("expression never fires")
