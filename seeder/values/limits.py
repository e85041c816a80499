"""What MySQL/MariaDB column types can hold under STRICT mode: ranges, sizes, precisions.

Everything here reads a `Column` and answers with plain numbers; nothing draws values.
"""

from __future__ import annotations

import decimal
import math
from datetime import date, datetime, timedelta
from decimal import Decimal

from introspect.graph import Column

DATE_MIN, DATE_MAX = date(1000, 1, 1), date(9999, 12, 31)
DATETIME_MIN = datetime(1000, 1, 1)
DATETIME_MAX = datetime(9999, 12, 31, 23, 59, 59, 999999)
TIMESTAMP_MIN = datetime(1970, 1, 1, 0, 0, 1)
TIMESTAMP_MAX = datetime(2038, 1, 19, 3, 14, 7)
#: what generators aim for: a day inside the TIMESTAMP range, so that a naive value is
#: accepted whatever the session time zone is
TIMESTAMP_SAFE_MIN, TIMESTAMP_SAFE_MAX = datetime(1970, 1, 2), datetime(2038, 1, 18)
EPOCH = datetime(1970, 1, 1)
YEAR_MIN, YEAR_MAX = 1901, 2155
TIME_LIMIT = timedelta(hours=838, minutes=59, seconds=59)
#: capacities above this are reported as None ("effectively unbounded")
UNBOUNDED = 10**12
#: decimal arithmetic context wide enough for DECIMAL(65,30)
WIDE = decimal.Context(prec=100)

_DEFAULT_LENGTH = {"char": 1, "varchar": 255, "text": 65535, "binary": 1, "varbinary": 255,
                   "blob": 65535, "bit": 1}
_FLOAT_MAX = {True: 3.402823466e38, False: 1.7976931348623157e308}


def bounded(count: int) -> int | None:
    """count, or None when it is effectively unbounded."""
    return None if count > UNBOUNDED else count


def bounded_power(base: int, exponent: int) -> int | None:
    """base**exponent, or None when above UNBOUNDED (never computes huge powers)."""
    if exponent * math.log10(base) > 12.5:
        return None
    return bounded(base**exponent)


def length_of(column: Column) -> int:
    """Characters (char/varchar), bytes (text/binary/blob) or bits (bit), with MySQL's defaults."""
    if column.length:
        return column.length
    return _DEFAULT_LENGTH.get(column.family, 255)


def int_bounds(column: Column) -> tuple[int, int]:
    """Inclusive range of an integer column (int_bytes defaults to 4)."""
    bits = 8 * (column.int_bytes or 4)
    if column.unsigned:
        return 0, 2**bits - 1
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def decimal_shape(column: Column) -> tuple[int, int]:
    """(precision, scale) of a DECIMAL column, MySQL's default being (10, 0)."""
    precision = column.precision or 10
    scale = column.scale or 0
    return precision, min(scale, precision)


def decimal_bounds(column: Column) -> tuple[Decimal, Decimal]:
    """Inclusive range of a DECIMAL column, as Decimals with exactly `scale` places."""
    precision, scale = decimal_shape(column)
    whole = "9" * (precision - scale) or "0"
    top = Decimal(f"{whole}.{'9' * scale}" if scale else whole)
    return (Decimal(0).quantize(top, context=WIDE) if column.unsigned else -top), top


def is_single_float(column: Column) -> bool:
    """FLOAT (4 bytes) rather than DOUBLE/REAL."""
    return column.raw_type.strip().lower().startswith("float")


def float_bounds(column: Column) -> tuple[float, float]:
    """Inclusive range of a FLOAT/DOUBLE column (honours the deprecated FLOAT(M,D) form)."""
    if column.precision and column.scale is not None and column.precision > column.scale:
        top = 10.0 ** (column.precision - column.scale) - 10.0 ** -column.scale
    else:
        top = _FLOAT_MAX[is_single_float(column)]
    return (0.0 if column.unsigned else -top), top


def fraction_unit(column: Column) -> int:
    """Microseconds per step of a temporal column's fractional seconds (precision 0 -> 10**6)."""
    digits = min(max(column.precision or 0, 0), 6)
    return 10 ** (6 - digits)


def temporal_bounds(column: Column, safe: bool = False) -> tuple[datetime, datetime]:
    """Inclusive datetime range of a DATE/DATETIME/TIMESTAMP/epoch-integer/other column."""
    if column.family == "timestamp":
        return (TIMESTAMP_SAFE_MIN, TIMESTAMP_SAFE_MAX) if safe else (TIMESTAMP_MIN, TIMESTAMP_MAX)
    if column.family == "integer":
        high = min(int_bounds(column)[1], int((datetime(9999, 1, 1) - EPOCH).total_seconds()))
        return EPOCH + timedelta(days=1), EPOCH + timedelta(seconds=high) - timedelta(days=1)
    if column.family == "year":
        return datetime(YEAR_MIN, 1, 1), datetime(YEAR_MAX, 12, 31, 23, 59, 59)
    return DATETIME_MIN, (datetime(9999, 12, 31) if safe else DATETIME_MAX)


def truncate_fraction(value: datetime, column: Column) -> datetime:
    """value with its microseconds cut to the column's fractional-second precision."""
    unit = fraction_unit(column)
    return value.replace(microsecond=value.microsecond - value.microsecond % unit)
