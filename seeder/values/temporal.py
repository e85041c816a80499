"""Temporal generators: created/updated/deleted/event/end/future/birth dates, times and years.

All of them draw naive UTC datetimes with `rng` inside the run's history window cut to
the column's range (TIMESTAMP columns keep a day inside 1970..2038 so any session time
zone accepts them); `fit_value` then turns each datetime into the column's form (date,
datetime cut to its precision, time, year, epoch integer or ISO string).

Row order: a column with `after=(x,)` reads column x's values of the same rows from
the row context and never goes below them: the lower bound is rounded *up* to the
column's own unit (a day for DATE, 10**-p s for DATETIME(p), a second otherwise), so
that cutting fractions afterwards cannot put the value before its predecessor.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.values.base import Context, Drawer, ValueEnv, context_column
from seeder.values.convert import as_datetime
from seeder.values.limits import YEAR_MAX, YEAR_MIN, fraction_unit, temporal_bounds

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

YEAR = timedelta(days=365.2425)
_DAY_US = 86_400 * 10**6
_US = timedelta(microseconds=1)
Pick = Callable[[random.Random, datetime, datetime, datetime | None], datetime]


def window(column: Column, env: ValueEnv) -> tuple[datetime, datetime]:
    """The history window (whole seconds) cut to what the column can hold."""
    low, high = temporal_bounds(column, safe=True)
    start, end = env.start.replace(microsecond=0), env.end.replace(microsecond=0)
    lo = min(max(start, low), high)
    hi = max(min(end, high), low)
    return (hi, hi) if lo > hi else (lo, hi)


def uniform(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    """A datetime uniform in [lo, hi] to the microsecond."""
    span = (hi - lo) // _US
    return lo + timedelta(microseconds=rng.randrange(span + 1)) if span > 0 else lo


def grid_ceil(column: Column) -> Callable[[datetime], datetime]:
    """ceil_to_column for one column, its family looked at once: for a drawer's loop over rows."""
    if column.family == "year":
        return _ceil_year
    if column.family == "date":
        return _ceil_day
    # a grid of `unit` µs, which divides a second (whole seconds for epoch integers and strings)
    unit = fraction_unit(column) if column.family in ("datetime", "timestamp") else 10**6

    def ceil(moment: datetime) -> datetime:
        rest = moment.microsecond % unit
        return moment + timedelta(microseconds=unit - rest) if rest else moment
    return ceil


def ceil_to_column(column: Column, moment: datetime) -> datetime:
    """The smallest value on the column's grid that is >= moment."""
    return grid_ceil(column)(moment)


def _ceil_year(moment: datetime) -> datetime:
    first = datetime(moment.year, 1, 1)
    return first if moment == first else datetime(moment.year + 1, 1, 1)


def _ceil_day(moment: datetime) -> datetime:
    midnight = datetime.combine(moment.date(), time())
    return midnight if moment == midnight else midnight + timedelta(days=1)


def read_moment(value: Any) -> datetime | None:
    """A datetime from a sibling's value (datetime, date, epoch, ISO string), else None."""
    if value is None or isinstance(value, (time, timedelta)):
        return None
    try:
        return as_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None


def following(spec: GeneratorSpec, column: Column, env: ValueEnv, pick: Pick) -> Drawer:
    """A drawer calling pick(rng, floor, hi, prior) per row, floor being max(window start, prior)."""
    lo, hi = window(column, env)
    unit = fraction_unit(column) if column.family in ("datetime", "timestamp") else 1
    ceil = grid_ceil(column)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        out = []
        for value in context_column(spec.after, ctx, n):
            if value is None:
                prior = None
            elif type(value) is datetime and value.tzinfo is None:   # the usual sibling: read as is
                prior = value
            else:
                prior = read_moment(value)
            if prior is None:
                floor = lo
            else:
                floor = ceil(prior)
                if floor < lo:
                    floor = lo
                elif floor > hi:
                    floor = hi
            moment = pick(rng, floor, hi, prior)
            if moment.microsecond % unit:   # onto the column's grid: floor stays on it, so order holds
                moment = moment.replace(microsecond=moment.microsecond - moment.microsecond % unit)
            out.append(moment)
        return out
    return draw


def _in_window(rng: random.Random, floor: datetime, hi: datetime, prior: datetime | None) -> datetime:
    return uniform(rng, floor, hi)


def _updated(rng: random.Random, floor: datetime, hi: datetime, prior: datetime | None) -> datetime:
    if prior is not None and rng.random() < 0.3:
        return floor                                   # never modified since creation
    return uniform(rng, floor, hi)


def created_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Uniform in the window (creation times, generic events, deletions after `after`)."""
    return following(spec, column, env, _in_window)


def chronological_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Creation times: row i of n falls in the i-th of n equal slices of the window, so rows are created
    in key order and every month of the window gets its share (no month is empty or crowded by chance)."""
    lo, hi = window(column, env)
    unit = fraction_unit(column) if column.family in ("datetime", "timestamp") else 1

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        span = hi - lo
        out = []
        for i in range(n):
            moment = uniform(rng, lo + span * i / n, lo + span * (i + 1) / n)
            out.append(moment.replace(microsecond=moment.microsecond - moment.microsecond % unit))
        return out
    return draw


def updated_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """>= the row's created value and <= the window end; 30% equal to the created value."""
    return following(spec, column, env, _updated)


def _duration(rng: random.Random, shortest: timedelta, longest: timedelta) -> timedelta:
    unit = timedelta(microseconds=1)
    return timedelta(microseconds=rng.randint(shortest // unit, longest // unit))


def _later(column: Column, shortest: timedelta, longest: timedelta, from_end: bool) -> Pick:
    """A pick adding a random duration to the prior value (to the window end when there is none
    and `from_end`; otherwise rows without a prior value are uniform in the window)."""
    col_hi = temporal_bounds(column, safe=True)[1]

    def pick(rng: random.Random, floor: datetime, hi: datetime, prior: datetime | None) -> datetime:
        if prior is None and not from_end:
            return uniform(rng, floor, hi)
        moment = (hi if prior is None else floor) + _duration(rng, shortest, longest)
        return moment if moment <= col_hi else max(col_hi, floor)
    return pick


def end_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """The end of an interval: its start (from `after`) plus 1 hour .. 30 days."""
    if column.family == "time":
        return _time_after(spec, column)
    return following(spec, column, env, _later(column, timedelta(hours=1), timedelta(days=30), False))


def future_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Expiry/due dates: a week to two years after the row's created value (or the window end)."""
    return following(spec, column, env, _later(column, timedelta(days=7), 2 * YEAR, True))


def birthdate_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """People aged 18 to 80 at the window's end."""
    low, high = temporal_bounds(column, safe=True)
    end = env.end.replace(microsecond=0)
    lo, hi = max(end - 80 * YEAR, low), max(min(end - 18 * YEAR, high), low)
    lo = min(lo, hi)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [uniform(rng, lo, hi) for _ in range(n)]
    return draw


def _clock(micro: int) -> time:
    return (datetime.min + timedelta(microseconds=micro)).time()


def _random_clock(rng: random.Random, unit: int) -> time:
    return _clock(rng.randrange(_DAY_US // unit) * unit)


def time_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Times of day, uniform, at the column's fractional precision."""
    unit = fraction_unit(column)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [_random_clock(rng, unit) for _ in range(n)]
    return draw


def _clock_us(value: Any) -> int | None:
    if isinstance(value, time):
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 10**6 + value.microsecond
    if isinstance(value, timedelta):
        return value // timedelta(microseconds=1) % _DAY_US
    return None


def _time_after(spec: GeneratorSpec, column: Column) -> Drawer:
    """Closing times: 15 minutes to 8 hours after the opening time, capped at the day's end."""
    unit = fraction_unit(column)
    last = (_DAY_US - 1) // unit * unit

    def one(rng: random.Random, prior: Any) -> time:
        start = _clock_us(prior)
        if start is None:
            return _random_clock(rng, unit)
        first = min(-(-start // unit) * unit, last)
        return _clock(min(first + rng.randint(15 * 60, 8 * 3600) * 10**6, last))

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng, prior) for prior in context_column(spec.after, ctx, n)]
    return draw


def year_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Years of the window (within 1901..2155), whatever the column's family."""
    first, last = max(env.start.year, YEAR_MIN), min(env.end.year, YEAR_MAX)
    first = min(first, last)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [rng.randint(first, last) for _ in range(n)]
    return draw

