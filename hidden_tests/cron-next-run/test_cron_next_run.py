"""Hidden tests for cron-next-run.

Every hand case below was worked out by hand against a calendar (2024-01-01 is
a Monday, 2024-05-10 a Friday) and cross-checked offline with croniter.
"""

import random
from datetime import datetime as D
from datetime import timedelta

import pytest
from cron_next_run import next_run

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
scale = pytest.mark.category("scale")

BASIC = [
    ("* * * * *", D(2024, 5, 10, 12, 30), D(2024, 5, 10, 12, 31)),
    ("0 * * * *", D(2024, 5, 10, 12, 30), D(2024, 5, 10, 13, 0)),
    ("30 9 1 * *", D(2024, 1, 31, 10, 0), D(2024, 2, 1, 9, 30)),
    ("15 14 1 * *", D(2024, 2, 29, 23, 0), D(2024, 3, 1, 14, 15)),
    ("*/15 * * * *", D(2024, 5, 10, 12, 7), D(2024, 5, 10, 12, 15)),
    ("*/15 * * * *", D(2024, 5, 10, 12, 45), D(2024, 5, 10, 13, 0)),
    ("0 9-17/2 * * *", D(2024, 5, 10, 10, 0), D(2024, 5, 10, 11, 0)),
    ("0 9-17/2 * * *", D(2024, 5, 10, 17, 0), D(2024, 5, 11, 9, 0)),
    ("0 9 * * 1-5", D(2024, 5, 10, 9, 0), D(2024, 5, 13, 9, 0)),
    ("5,10,15 3 * * *", D(2024, 5, 10, 3, 10), D(2024, 5, 10, 3, 15)),
    ("5,10,15 3 * * *", D(2024, 5, 10, 3, 15), D(2024, 5, 11, 3, 5)),
    ("0 0 13 * *", D(2024, 5, 1), D(2024, 5, 13)),
]
# A step counts from the start of its range: day of month and month start at 1.
STEPS = [
    ("0 0 */10 * *", D(2024, 5, 2), D(2024, 5, 11)),
    ("0 0 */10 * *", D(2024, 5, 21), D(2024, 5, 31)),
    ("0 0 1 */3 *", D(2024, 2, 15), D(2024, 4, 1)),
    ("0 0 */7 * *", D(2024, 5, 23), D(2024, 5, 29)),
    ("*/20 */8 * * *", D(2024, 5, 10, 8, 40), D(2024, 5, 10, 16, 0)),
    ("0 0 1 2-12/5 *", D(2024, 3, 1), D(2024, 7, 1)),
]
# Strictly after, whole minutes, month/year/leap rollover.
EDGE = [
    ("* * * * *", D(2024, 5, 10, 12, 30, 45, 500000), D(2024, 5, 10, 12, 31)),
    ("0 12 * * *", D(2024, 5, 10, 12, 0), D(2024, 5, 11, 12, 0)),
    ("0 12 * * *", D(2024, 5, 10, 11, 59, 59, 999999), D(2024, 5, 10, 12, 0)),
    ("30 12 * * *", D(2024, 5, 10, 12, 30, 15), D(2024, 5, 11, 12, 30)),
    ("0 0 * * 1", D(2024, 5, 6, 0, 0), D(2024, 5, 13, 0, 0)),
    ("0 0 1 1 *", D(2024, 12, 31, 23, 59), D(2025, 1, 1, 0, 0)),
    ("59 23 31 12 *", D(2024, 12, 31, 23, 59), D(2025, 12, 31, 23, 59)),
    ("0 0 29 2 *", D(2024, 3, 1), D(2028, 2, 29)),
    ("0 0 31 * *", D(2024, 4, 15), D(2024, 5, 31)),
]
# Day of month OR day of week when both are restricted; only the restricted one otherwise.
DAY_RULE = [
    ("0 0 13 * 5", D(2024, 5, 1), D(2024, 5, 3)),
    ("0 0 13 * 5", D(2024, 5, 10), D(2024, 5, 13)),
    ("0 0 1 * MON", D(2024, 5, 2), D(2024, 5, 6)),
    ("0 0 15 6 SUN", D(2024, 5, 1), D(2024, 6, 2)),
    ("0 0 31 * 1", D(2024, 4, 2), D(2024, 4, 8)),
    ("0 0 * * 5", D(2024, 5, 1), D(2024, 5, 3)),
    ("0 0 13 * *", D(2024, 5, 14), D(2024, 6, 13)),
    ("0 0 * 2 MON", D(2024, 5, 1), D(2025, 2, 3)),
    # "*/2" is not "*": the field is restricted, so the day fields still combine with OR
    ("0 0 13 * */2", D(2024, 5, 1), D(2024, 5, 2)),
    ("0 0 */10 * 1", D(2024, 5, 1), D(2024, 5, 6)),
    ("0 0 */10 * 1", D(2024, 5, 7), D(2024, 5, 11)),
]
NAMES = [
    ("0 9 * * MON-FRI", D(2024, 5, 10, 9, 0), D(2024, 5, 13, 9, 0)),
    ("0 9 * * mon-fri", D(2024, 5, 10, 9, 0), D(2024, 5, 13, 9, 0)),
    ("0 9 * * Mon-Fri", D(2024, 5, 11), D(2024, 5, 13, 9, 0)),
    ("0 0 * JAN-MAR,oct *", D(2024, 3, 31, 23, 59), D(2024, 10, 1)),
    ("0 0 1 jan,Jul *", D(2024, 1, 1), D(2024, 7, 1)),
    ("0 0 * * sat,SUN", D(2024, 5, 10), D(2024, 5, 11)),
    ("0 0 * * tue,thu", D(2024, 5, 8), D(2024, 5, 9)),
    ("0 0 1 dec *", D(2024, 5, 10), D(2024, 12, 1)),
    ("0 0 1 Feb-apr *", D(2024, 5, 10), D(2025, 2, 1)),
]
SUNDAY = [
    ("0 0 * * 0", D(2024, 5, 8), D(2024, 5, 12)),
    ("0 0 * * 7", D(2024, 5, 8), D(2024, 5, 12)),
    ("0 0 * * sun", D(2024, 5, 8), D(2024, 5, 12)),
    ("0 0 * * 6,7", D(2024, 5, 11), D(2024, 5, 12)),
    ("0 0 * * 5-7", D(2024, 5, 12), D(2024, 5, 17)),
    ("0 0 * * 5-7", D(2024, 5, 11), D(2024, 5, 12)),
]
INVALID = [
    "", "* * * *", "* * * * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * 32 * *",
    "* * * 0 *", "* * * 13 *", "* * * * 8", "*/0 * * * *", "a * * * *", "1- * * * *",
    "-1 * * * *", "*/ * * * *", "1,,2 * * * *", "1,2, * * * *", "1-2-3 * * * *",
    "* * * FOO *", "* * * * funday", "* * * MON *", "* * * * JAN", "1.5 * * * *",
    "* * * * *,", "** * * * *", "+5 * * * *",
]


def check(expr, after, want):
    got = next_run(expr, after)
    assert got == want, f"next_run({expr!r}, {after}): expected {want}, got {got}"


@basic
@pytest.mark.parametrize("expr, after, want", BASIC)
def test_hand_cases(expr, after, want):
    check(expr, after, want)


@basic
def test_result_is_a_whole_minute_datetime():
    got = next_run("*/5 * * * *", D(2024, 5, 10, 12, 3, 27, 123456))
    assert isinstance(got, D), f"expected a datetime, got {type(got).__name__} {got!r}"
    assert (got.second, got.microsecond) == (0, 0), f"expected a whole minute, got {got}"
    assert got == D(2024, 5, 10, 12, 5), f"expected 2024-05-10 12:05, got {got}"


@trap
@pytest.mark.parametrize("expr, after, want", STEPS)
def test_steps_count_from_the_start_of_the_range(expr, after, want):
    check(expr, after, want)


@basic
def test_following_runs_one_after_another():
    runs, t = [], D(2024, 5, 10, 9, 30)
    for _ in range(6):
        t = next_run("30 9 * * MON-FRI", t)
        runs.append(t)
    want = [D(2024, 5, d, 9, 30) for d in (13, 14, 15, 16, 17, 20)]
    assert runs == want, f"feeding each run back in: expected {want}, got {runs}"


@edge
@pytest.mark.parametrize("expr, after, want", [
    ("0 0 30 * *", D(2024, 1, 31), D(2024, 3, 30)),
    ("0 0 29 * *", D(2023, 1, 30), D(2023, 3, 29)),
    ("0 0 29 * *", D(2024, 1, 30), D(2024, 2, 29)),
    ("0 0 31 * *", D(2024, 5, 31), D(2024, 7, 31)),
])
def test_short_months_are_skipped(expr, after, want):
    check(expr, after, want)


@edge
@pytest.mark.parametrize("expr, after, want", EDGE)
def test_strictly_after_and_rollovers(expr, after, want):
    check(expr, after, want)


@trap
@pytest.mark.parametrize("expr, after, want", DAY_RULE)
def test_day_of_month_or_day_of_week(expr, after, want):
    check(expr, after, want)


@edge
@pytest.mark.parametrize("expr, after, want", NAMES)
def test_names_any_case_in_ranges_and_lists(expr, after, want):
    check(expr, after, want)


@edge
@pytest.mark.parametrize("expr, after, want", [
    ("0 0 5-5 * *", D(2024, 5, 10), D(2024, 6, 5)),
    ("30 9 * * MON-MON", D(2024, 5, 10), D(2024, 5, 13, 9, 30)),
])
def test_single_value_ranges(expr, after, want):
    """A range whose ends are equal ("5-5") is a valid range of one value."""
    check(expr, after, want)


@edge
@pytest.mark.parametrize("expr, after, want", SUNDAY)
def test_zero_and_seven_are_sunday(expr, after, want):
    check(expr, after, want)


@error
@pytest.mark.parametrize("expr", INVALID)
def test_invalid_expression_raises_value_error(expr):
    with pytest.raises(ValueError):
        next_run(expr, D(2024, 5, 10))


# -- randomized -----------------------------------------------------------------------

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def _item(rng, low, high, names, star_step):
    def value(v):
        if names and rng.random() < 0.4 and (names is not DAYS or v < 7):
            name = names[v] if names is DAYS else names[v - 1]
            return rng.choice([name, name.upper(), name.capitalize()])
        return str(v)

    kind = rng.random()
    if kind < 0.15 and star_step:
        return f"*/{rng.randint(1, high - low + 1)}"
    if kind < 0.55:
        return value(rng.randint(low, high))
    a = rng.randint(low, high - 1)
    b = rng.randint(a + 1, high)
    item = f"{value(a)}-{value(b)}"
    if kind > 0.85:
        item += f"/{rng.randint(1, b - a + 1)}"
    return item


def _field(rng, low, high, star, names=None, star_step=True):
    if rng.random() < star:
        return "*"
    count = rng.choice([1, 1, 2, 3])
    return ",".join(_item(rng, low, high, names, star_step) for _ in range(count))


def random_expression(rng):
    """Lists, ranges (a < b), steps, mixed-case names; no "*/n" in the day fields."""
    return " ".join([
        _field(rng, 0, 59, 0.2),
        _field(rng, 0, 23, 0.3),
        _field(rng, 1, 31, 0.6, star_step=False),
        _field(rng, 1, 12, 0.85, MONTHS),
        _field(rng, 0, 7, 0.5, DAYS, star_step=False),
    ])


@scale
@pytest.mark.secret
def test_random_expressions_match_reference(reference):
    """Seed 2024: 150 random expressions firing within 45 days, compared with the reference."""
    rng = random.Random(2024)
    done = 0
    while done < 150:
        expr = random_expression(rng)
        after = D(2020, 1, 1) + timedelta(minutes=rng.randrange(10 * 365 * 1440),
                                          seconds=rng.choice([0, 0, 17, 59]))
        want = reference.next_run(expr, after)
        if want - after > timedelta(days=45):
            continue
        got = next_run(expr, after)
        assert got == want, f"next_run({expr!r}, {after}): expected {want}, got {got}"
        done += 1
