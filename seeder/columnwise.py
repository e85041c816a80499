"""Helpers over one column's values, each a pass in C where it can be: shared by the fitter and the INSERT
and CSV renderers, which all work a whole column at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from itertools import repeat
from operator import attrgetter
from typing import Any

SAMPLE = 4096   # values once_each looks at before it counts a column's distinct values


def refill(values: Sequence[Any], present: Sequence[Any], null: Any = None) -> list[Any]:
    """values with each value that is not None replaced, in order, by one of present; `null` for None."""
    it = iter(present)
    return [null if v is None else next(it) for v in values]


def with_nulls(values: Sequence[Any], whole: Callable[[Sequence[Any]], list[Any]], null: Any) -> list[Any]:
    """whole() of the values that are not None, with `null` where a value is None."""
    return refill(values, whole([v for v in values if v is not None]), null)


def naive(values: Sequence[datetime]) -> bool:
    """No datetime carries a time zone."""
    return set(map(attrgetter("tzinfo"), values)) <= {None}


def iso_texts(values: Sequence[datetime]) -> list[str]:
    """isoformat(" ") of every value: PyMySQL's text of a naive datetime (a fraction only when non-zero)."""
    return list(map(datetime.isoformat, values, repeat(" ")))


def once_each(values: Sequence[Any], whole: Callable[[Sequence[Any]], list[str]], repeats: bool = True) -> list[str]:
    """whole(values) for a column of one type whose equal values have equal texts (int, str, date, datetime:
    not Decimal, where 1.0 == 1.00), each value rendered once where the column holds few distinct ones (a
    constant; with repeats, when SAMPLE values spread over it hold at most a quarter distinct, like a date per
    business day or a status): then a dict lookup per value instead of a render. Without repeats (values
    that seldom repeat, whose hashing costs more than their text) only a constant is caught."""
    n = len(values)
    if n < 64:
        return whole(values)
    first = values[0]   # a constant, found in C; equal aware datetimes may differ in zone, hence in text
    if getattr(first, "tzinfo", None) is None and values.count(first) == n:
        return whole(values[:1]) * n
    sample = values[::max(1, n // SAMPLE)]   # spread over the column: a sorted one repeats locally
    if not repeats or len(set(sample)) * 4 > len(sample):
        return whole(values)
    distinct = dict.fromkeys(values)
    if len(distinct) * 4 > n:
        return whole(values)
    texts = dict(zip(distinct, whole(list(distinct)), strict=True))
    return list(map(texts.__getitem__, values))


_REPEATS = {int: True, str: True, date: True, datetime: False}   # types once_each may take: do values repeat?


def rendered_once(kind: type, whole: Callable[[Sequence[Any]], list[str]]) -> Callable[[Sequence[Any]], list[str]]:
    """The whole-column renderer of values of type `kind`, through once_each where that type allows it:
    one decision for the INSERT and the CSV renderers."""
    repeats = _REPEATS.get(kind)
    return whole if repeats is None else partial(once_each, whole=whole, repeats=repeats)
