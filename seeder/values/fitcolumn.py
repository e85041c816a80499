"""Fit a whole column at once: `[None if v is None else fit(v) for v in values]`, where one pass over the
column (types, lengths, extremes, in C) shows that every value already fits as it is. Decimals are
rounded to the column's scale in one pass. Any other column goes value by value (seeder.values.fit).

NULL stays NULL (a NOT NULL column given None is then refused by the server, naming the column), unless
the caller asks for fit_value's own refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from introspect.graph import Column
from seeder.values.fit import make_fitter
from seeder.values.limits import (
    DATE_MAX,
    DATE_MIN,
    DATETIME_MAX,
    DATETIME_MIN,
    TIMESTAMP_MAX,
    TIMESTAMP_MIN,
    WIDE,
    YEAR_MAX,
    YEAR_MIN,
    decimal_bounds,
    decimal_shape,
    fraction_unit,
    int_bounds,
    length_of,
)

NONE = type(None)
Whole = Callable[[Sequence[Any]], "list[Any] | None"]   # the fitted column, or None: go value by value


def _present(values: Sequence[Any], types: set[type]) -> Sequence[Any]:
    return [v for v in values if v is not None] if NONE in types else values


def _within(values: Sequence[Any], types: set[type], kind: type, low: Any, high: Any) -> bool:
    if not types <= {kind, NONE}:
        return False
    present = _present(values, types)
    return not present or (low <= min(present) and max(present) <= high)


def _numbers(low: int, high: int) -> Whole:
    def whole(values: Sequence[Any]) -> list[Any] | None:
        return list(values) if _within(values, set(map(type, values)), int, low, high) else None
    return whole


def _strings(limit: int) -> Whole:
    def whole(values: Sequence[Any]) -> list[Any] | None:
        types = set(map(type, values))
        if not types <= {str, NONE}:
            return None
        present = _present(values, types)
        return list(values) if not present or max(map(len, present)) <= limit else None
    return whole


def _members(members: frozenset[str]) -> Whole:
    def whole(values: Sequence[Any]) -> list[Any] | None:
        return list(values) if set(values) - {None} <= members else None
    return whole


def _decimals(column: Column) -> Whole:
    quantum = Decimal(1).scaleb(-decimal_shape(column)[1])
    low, high = decimal_bounds(column)

    def whole(values: Sequence[Any]) -> list[Any] | None:
        types = set(map(type, values))
        if not types <= {Decimal, NONE} or not all(map(Decimal.is_finite, _present(values, types))):
            return None
        out = [v if v is None else v.quantize(quantum, rounding=ROUND_HALF_UP, context=WIDE) for v in values]
        return out if _within(out, types, Decimal, low, high) else None
    return whole


def _moments(column: Column, low: datetime, high: datetime) -> Whole:
    unit = fraction_unit(column)

    def whole(values: Sequence[Any]) -> list[Any] | None:
        types = set(map(type, values))
        if not types <= {datetime, NONE}:
            return None
        present = _present(values, types)
        if any(v.tzinfo is not None or v.microsecond % unit for v in present):
            return None
        return list(values) if _within(present, types - {NONE}, datetime, low, high) else None
    return whole


def _wholes(column: Column) -> Whole | None:
    family = column.family
    if family in ("integer", "year"):
        low, high = int_bounds(column) if family == "integer" else (YEAR_MIN, YEAR_MAX)
        return _numbers(low, high)
    if family in ("char", "varchar"):
        return _strings(length_of(column))
    if family == "text":
        return _strings(length_of(column) // 4)   # that many characters fit the bytes in UTF-8
    if family == "enum":
        return _members(frozenset(column.values))
    if family == "decimal":
        return _decimals(column)
    if family in ("datetime", "timestamp"):
        return _moments(column, *((TIMESTAMP_MIN, TIMESTAMP_MAX) if family == "timestamp"
                                  else (DATETIME_MIN, DATETIME_MAX)))
    if family == "date":
        def days(values: Sequence[Any]) -> list[Any] | None:
            return list(values) if _within(values, set(map(type, values)), date, DATE_MIN, DATE_MAX) else None
        return days
    return None


def make_column_fitter(column: Column, null_checked: bool = False) -> Callable[[Sequence[Any]], list[Any]]:
    """The column's values fitted, a whole column at once where one pass shows it may be. None is kept;
    with null_checked, None in a NOT NULL column raises fit_value's ValueError instead."""
    fit = make_fitter(column)
    whole = _wholes(column)
    refuse_null = null_checked and not column.nullable

    def fit_all(values: Sequence[Any]) -> list[Any]:
        if refuse_null and any(v is None for v in values):
            return [fit(v) for v in values]
        if whole is not None:
            done = whole(values)
            if done is not None:
                return done
        return [None if v is None else fit(v) for v in values]
    return fit_all
