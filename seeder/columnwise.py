"""Helpers over one column's values, each a pass in C where it can be: shared by the fitter and the INSERT
and CSV renderers, which all work a whole column at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import repeat
from operator import attrgetter
from typing import Any


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
