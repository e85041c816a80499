"""Fitters for one column: fit_value with the column's limits worked out once (`limits_of`), taking a
fast path for values that already fit as they are.

    make_fitter(column)          value by value
    make_column_fitter(column)   a whole column at once where one pass over it (types, lengths, extremes)
                                 shows that every value fits; Decimals rounded to the scale in that pass;
                                 any other column value by value. The pass is made in C where the optional
                                 extension seeder/values/_fitfast.c is built (10x TERP, 13.4 million values:
                                 about 0.8 s less), else by Python's builtins; its Python form decides
                                 wherever the C pass declines

The whole-column fitter keeps NULL (a NOT NULL column given None is then refused by the server, naming
the column), unless the caller asks for fit_value's own refusal.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Context, Decimal, DecimalException
from itertools import repeat
from operator import attrgetter
from typing import Any

from introspect.graph import Column
from seeder.columnwise import naive, refill
from seeder.values.convert import as_decimal
from seeder.values.fit import fit_value
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

try:   # the optional C pass (seeder/values/_fitfast.c), built on install where a C compiler is at hand
    from seeder.values import _fitfast
except ImportError:   # pragma: no cover - exercised by installs without a compiler
    _fitfast = None

NONE = type(None)


@dataclass(frozen=True)
class Limits:
    """What a value must be to fit a column as it is: of type kind (None: no fast path), within low..high,
    a str of at most length characters or one of members, a datetime whose microseconds are a multiple
    of unit; Decimals are first rounded to quantum."""

    kind: type | None
    low: Any = None
    high: Any = None
    length: int = 0
    members: frozenset[str] | None = None
    quantum: Decimal | None = None
    unit: int = 1


def limits_of(column: Column) -> Limits:
    family = column.family
    if family in ("integer", "boolean", "bit", "year"):
        low, high = {"integer": int_bounds(column), "boolean": (-128, 127), "year": (YEAR_MIN, YEAR_MAX),
                     "bit": (0, 2 ** length_of(column) - 1)}[family]
        return Limits(int, low, high)
    if family == "text":   # a string of a quarter as many characters fits the bytes in UTF-8
        return Limits(str, length=length_of(column) // 4)
    if family in ("char", "varchar"):
        return Limits(str, length=length_of(column))
    if family == "enum":
        return Limits(str, members=frozenset(column.values))
    if family == "decimal":
        low, high = decimal_bounds(column)
        return Limits(Decimal, low, high, quantum=Decimal(1).scaleb(-decimal_shape(column)[1]))
    if family in ("datetime", "timestamp"):
        low, high = (TIMESTAMP_MIN, TIMESTAMP_MAX) if family == "timestamp" else (DATETIME_MIN, DATETIME_MAX)
        return Limits(datetime, low, high, unit=fraction_unit(column))
    if family == "date":
        return Limits(date, DATE_MIN, DATE_MAX)
    return Limits(None)


# --- value by value ---------------------------------------------------------------------------------
def make_fitter(column: Column) -> Callable[[Any], Any]:
    """fit_value for one column, with fast paths for values that already fit as they are."""
    lim = limits_of(column)
    low, high = lim.low, lim.high
    if lim.kind is int:
        def fit_int(value: Any) -> Any:
            if type(value) is int and low <= value <= high:
                return value
            if type(value) is bool and low <= 0 and high >= 1:
                return int(value)
            return fit_value(column, value)
        return fit_int
    if lim.kind is str:
        limit, members = lim.length, lim.members

        def fit_str(value: Any) -> Any:
            if type(value) is str and (value in members if members is not None else len(value) <= limit):
                return value
            return fit_value(column, value)
        return fit_str
    if lim.kind is Decimal:
        quantum = lim.quantum

        def fit_dec(value: Any) -> Any:
            kind = type(value)
            if kind is int or (kind is float and math.isfinite(value)):
                value = as_decimal(value)
            if type(value) is Decimal and value.is_finite() and value.adjusted() < WIDE.prec:
                value = value.quantize(quantum, rounding=ROUND_HALF_UP, context=WIDE)
                if low <= value <= high:
                    return value
            return fit_value(column, value)
        return fit_dec
    if lim.kind is datetime:
        unit = lim.unit

        def fit_moment(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is None and value.microsecond % unit == 0 \
                    and low <= value <= high:
                return value
            return fit_value(column, value)
        return fit_moment
    if lim.kind is date:
        def fit_day(value: Any) -> Any:
            return value if type(value) is date and low <= value <= high else fit_value(column, value)
        return fit_day
    return lambda value: fit_value(column, value)


# --- a whole column at once -------------------------------------------------------------------------
_ALSO = {int: {bool}, Decimal: {int, float}}   # types a whole column may convert to kind in its pass
HALF_UP = Context(prec=WIDE.prec, rounding=ROUND_HALF_UP)   # fit_value's rounding, as a context's own


def _whole(lim: Limits) -> Callable[[Sequence[Any]], list[Any] | None] | None:
    """The column fitted in one pass, or None where some value needs fit_value: bools as ints, ints and
    floats as Decimals rounded to the scale, datetimes cut to the column's fraction (as fit_value does).
    In C where it is built; the Python pass decides wherever the C pass declines."""
    whole = whole_python(lim)
    spec = _c_spec(lim)
    if _fitfast is None or whole is None or spec is None:
        return whole
    c_fit = _fitfast.fit

    def whole_c(values: Sequence[Any]) -> list[Any] | None:
        done = c_fit(values, spec)
        return done if done is not None else whole(values)
    return whole_c


def whole_python(lim: Limits) -> Callable[[Sequence[Any]], list[Any] | None] | None:
    """_whole's pass in Python."""
    kind = lim.kind
    if kind is None:
        return None
    accepted = {kind, NONE, *_ALSO.get(kind, ())}

    def whole(values: Sequence[Any]) -> list[Any] | None:
        types = set(map(type, values))
        if not types <= accepted:
            return None
        out = list(values)
        if not types - {NONE}:
            return out
        nulls = NONE in types

        def present_of(column: list[Any]) -> list[Any]:
            return [v for v in column if v is not None] if nulls else column

        if kind is int and bool in types:
            if not (lim.low <= 0 and 1 <= lim.high):
                return None
            out = [v if v is None else int(v) for v in out]
        elif kind is Decimal:
            if float in types and not all(math.isfinite(v) for v in out if type(v) is float):
                return None
            if types & {int, float}:
                out = [v if v is None or type(v) is Decimal else as_decimal(v) for v in out]
            present = present_of(out)
            if not all(map(Decimal.is_finite, present)):
                return None
            try:   # in C, no frame per value
                present = list(map(HALF_UP.quantize, present, repeat(lim.quantum)))
            except DecimalException:   # too many digits for the context (1e300): fit_value refuses it
                return None
            out = refill(out, present) if nulls else present
        elif kind is datetime:
            present = present_of(out)
            if not naive(present):
                return None
            unit = lim.unit
            micros = map(attrgetter("microsecond"), present)
            if unit > 1 and any(micros if unit == 1_000_000 else (m % unit for m in micros)):
                out = [v if v is None else v.replace(microsecond=v.microsecond - v.microsecond % unit) for v in out]
                present = present_of(out)
        if kind not in (Decimal, datetime):
            present = present_of(out)
        if kind is str:
            fits = set(present) <= lim.members if lim.members is not None else max(map(len, present)) <= lim.length
        else:
            fits = lim.low <= min(present) and max(present) <= lim.high
        return out if fits else None
    return whole


_C_KINDS = {int: "i", Decimal: "d", datetime: "t", date: "D"}


def _c_spec(lim: Limits) -> tuple[Any, ...] | None:
    """What seeder.values._fitfast.fit needs to know of the column (see its header), or None."""
    kind = "e" if lim.members is not None else "s" if lim.kind is str else _C_KINDS.get(lim.kind)
    if kind is None:
        return None
    bools = kind == "i" and lim.low <= 0 and 1 <= lim.high
    quantize = HALF_UP.quantize if kind == "d" else None
    return (kind, lim.low, lim.high, lim.length, lim.members, quantize, lim.quantum, lim.unit, bools)


def make_column_fitter(column: Column, null_checked: bool = False) -> Callable[[Sequence[Any]], list[Any]]:
    """The column's values fitted, a whole column at once where one pass shows it may be. None is kept;
    with null_checked, None in a NOT NULL column raises fit_value's ValueError instead."""
    fit = make_fitter(column)
    whole = _whole(limits_of(column))
    refuse_null = null_checked and not column.nullable

    def fit_all(values: Sequence[Any]) -> list[Any]:
        if refuse_null and any(v is None for v in values):
            return [fit(v) for v in values]
        if len(values) > 1 and values[0] is values[-1] and len(set(map(id, values))) == 1:   # a constant
            return fit_all(values[:1]) * len(values)
        done = whole(values) if whole is not None else None
        return done if done is not None else [None if v is None else fit(v) for v in values]
    return fit_all
