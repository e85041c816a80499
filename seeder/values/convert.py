"""Conversions between the Python forms a value may arrive in (shared by fit and the codecs)."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from seeder.values.limits import EPOCH, WIDE


def as_text(value: Any, limit: int | None = None) -> str:
    """A string form of value; datetimes pick the longest ISO form within `limit` characters."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        forms = [value.isoformat(sep=" "), value.strftime("%Y-%m-%d %H:%M:%S"), value.date().isoformat()]
        return next((f for f in forms if limit is None or len(f) <= limit), forms[-1])
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return str(value)


def as_int(value: Any) -> int:
    """An integer from ints, bools, integral floats/Decimals, epochs of datetimes, numeric strings."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        return int((_naive(value) - EPOCH).total_seconds())
    if isinstance(value, date):
        return int((datetime.combine(value, time()) - EPOCH).total_seconds())
    number = as_decimal(value)
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP, context=WIDE))


def as_decimal(value: Any) -> Decimal:
    """A finite Decimal from numbers or numeric strings."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not finite")
        number = Decimal(repr(value))
    else:
        try:
            number = Decimal(value.strip() if isinstance(value, str) else value)
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not finite")
    return number


def as_datetime(value: Any) -> datetime:
    """A naive UTC datetime from datetimes, dates, epoch numbers or ISO strings."""
    if isinstance(value, datetime):
        return _naive(value)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return EPOCH + timedelta(seconds=float(value))
    if isinstance(value, str):
        return _naive(datetime.fromisoformat(value.strip().replace("T", " ")))
    raise TypeError(f"cannot read {type(value).__name__} {value!r} as a date and time")


def _naive(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def cut_bytes(text: str, limit: int) -> str:
    """text cut to at most `limit` UTF-8 bytes, never inside a character."""
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", "ignore")
