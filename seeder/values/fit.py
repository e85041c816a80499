"""fit_value: coerce a value so that the column accepts it under STRICT mode, or refuse.

Strings are cut to the column's length (characters for CHAR/VARCHAR, UTF-8 bytes for
TEXT), temporal values are cut to the column's fractional-second precision and
converted between date/datetime/epoch/ISO-string forms, numbers are converted and
rounded to the column's scale. Numbers and dates out of range are never clamped: they
raise ValueError naming the column and the reason.
"""

from __future__ import annotations

import ipaddress
import json
import math
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from introspect.graph import Column
from seeder.values.convert import as_datetime, as_decimal, as_int, as_text, cut_bytes
from seeder.values.limits import (
    DATE_MAX,
    DATE_MIN,
    DATETIME_MAX,
    DATETIME_MIN,
    TIME_LIMIT,
    TIMESTAMP_MAX,
    TIMESTAMP_MIN,
    WIDE,
    YEAR_MAX,
    YEAR_MIN,
    decimal_bounds,
    decimal_shape,
    float_bounds,
    fraction_unit,
    int_bounds,
    length_of,
    truncate_fraction,
)

_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "f", "no", "n", "off", ""})


def fit_value(column: Column, value: Any) -> Any:
    """value converted to what `column` holds; ValueError (naming the column) if it cannot fit."""
    if value is None:
        if column.nullable:
            return None
        raise ValueError(f"column {column.name!r} ({column.raw_type}): NULL in a NOT NULL column")
    fitter = _FITTERS.get(column.family, _fit_unknown)
    try:
        return fitter(column, value)
    except (ValueError, TypeError, ArithmeticError, OverflowError) as exc:
        raise ValueError(f"column {column.name!r} ({column.raw_type}): {exc}") from None


def _check(low: Any, value: Any, high: Any) -> Any:
    if not low <= value <= high:
        raise ValueError(f"{value!r} is outside {low!r}..{high!r}")
    return value


# --- numbers ----------------------------------------------------------------------------------
def _fit_integer(column: Column, value: Any) -> int:
    low, high = int_bounds(column)
    return _check(low, as_int(value), high)


def _fit_boolean(column: Column, value: Any) -> int:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE or text in _FALSE:
            return int(text in _TRUE)
    return _check(-128, as_int(value), 127)


def _fit_decimal(column: Column, value: Any) -> Decimal:
    _, scale = decimal_shape(column)
    low, high = decimal_bounds(column)
    number = as_decimal(value).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP, context=WIDE)
    return _check(low, number, high)


def _fit_float(column: Column, value: Any) -> float:
    number = float(as_decimal(value)) if not isinstance(value, float) else value
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not finite")
    if column.scale is not None and column.precision:
        number = round(number, column.scale)
    low, high = float_bounds(column)
    return _check(low, number, high)


def _fit_bit(column: Column, value: Any) -> int:
    number = int.from_bytes(bytes(value), "big") if isinstance(value, (bytes, bytearray)) else as_int(value)
    return _check(0, number, 2 ** length_of(column) - 1)


# --- temporal ---------------------------------------------------------------------------------
def _fit_date(column: Column, value: Any) -> date:
    if isinstance(value, str):
        value = date.fromisoformat(value.strip()[:10])
    day = value if type(value) is date else as_datetime(value).date()
    return _check(DATE_MIN, day, DATE_MAX)


def _fit_datetime(column: Column, value: Any) -> datetime:
    moment = truncate_fraction(as_datetime(value), column)
    if column.family == "timestamp":
        return _check(TIMESTAMP_MIN, moment, TIMESTAMP_MAX)
    return _check(DATETIME_MIN, moment, DATETIME_MAX)


def _fit_time(column: Column, value: Any) -> time | timedelta:
    unit = fraction_unit(column)
    if isinstance(value, timedelta):
        value = value - timedelta(microseconds=value.microseconds % unit)
        return _check(-TIME_LIMIT, value, TIME_LIMIT)
    if isinstance(value, str):
        value = time.fromisoformat(value.strip())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        return _fit_time(column, timedelta(seconds=value))
    clock = value if isinstance(value, time) else as_datetime(value).time()
    return clock.replace(microsecond=clock.microsecond - clock.microsecond % unit, tzinfo=None)


def _fit_year(column: Column, value: Any) -> int:
    if isinstance(value, (date, datetime)):
        value = value.year
    year = as_int(value)
    return year if year == 0 else _check(YEAR_MIN, year, YEAR_MAX)


# --- strings and bytes ------------------------------------------------------------------------
def _fit_chars(column: Column, value: Any) -> str:
    limit = length_of(column)
    return as_text(value, limit)[:limit]


def _fit_text(column: Column, value: Any) -> str:
    return cut_bytes(as_text(value), length_of(column))


def _fit_bytes(column: Column, value: Any) -> bytes:
    if isinstance(value, uuid.UUID):
        data = value.bytes
    elif isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        data = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    else:
        data = as_text(value).encode("utf-8")
    limit = length_of(column)
    data = data[:limit]
    return data.ljust(limit, b"\0") if column.family == "binary" else data


# --- member types -----------------------------------------------------------------------------
def _member(column: Column, text: str) -> str:
    if text in column.values:
        return text
    wanted = text.rstrip().casefold()
    for member in column.values:
        if member.rstrip().casefold() == wanted:
            return member
    raise ValueError(f"{text!r} is not one of {list(column.values)!r}")


def _fit_enum(column: Column, value: Any) -> str:
    return _member(column, as_text(value))


def _fit_set(column: Column, value: Any) -> str:
    if isinstance(value, str):
        parts: Iterable[str] = [p for p in value.split(",") if p] if value else []
    else:
        parts = [as_text(v) for v in value]
    chosen = {_member(column, part) for part in parts}
    return ",".join(member for member in column.values if member in chosen)


def _fit_json(column: Column, value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8")
    if isinstance(value, str):
        json.loads(value)
        text = value
    else:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    if column.length and len(text.encode("utf-8")) > column.length:
        raise ValueError(f"JSON document of {len(text.encode('utf-8'))} bytes exceeds {column.length}")
    return text


def _fit_uuid(column: Column, value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)) and len(value) == 16:
        return str(uuid.UUID(bytes=bytes(value)))
    return str(uuid.UUID(as_text(value).strip()))


def _fit_inet4(column: Column, value: Any) -> str:
    return str(ipaddress.IPv4Address(value.strip() if isinstance(value, str) else value))


def _fit_inet6(column: Column, value: Any) -> str:
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and ":" not in text:
        return str(ipaddress.IPv4Address(text))
    return str(ipaddress.IPv6Address(text))


def _fit_unknown(column: Column, value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)[: column.length] if column.length else bytes(value)
    text = as_text(value)
    return text[: column.length] if column.length else text


_FITTERS: dict[str, Callable[[Column, Any], Any]] = {
    "integer": _fit_integer, "boolean": _fit_boolean, "decimal": _fit_decimal, "float": _fit_float,
    "bit": _fit_bit, "date": _fit_date, "datetime": _fit_datetime, "timestamp": _fit_datetime,
    "time": _fit_time, "year": _fit_year, "char": _fit_chars, "varchar": _fit_chars, "text": _fit_text,
    "binary": _fit_bytes, "varbinary": _fit_bytes, "blob": _fit_bytes, "enum": _fit_enum, "set": _fit_set,
    "json": _fit_json, "uuid": _fit_uuid, "inet4": _fit_inet4, "inet6": _fit_inet6,
}
