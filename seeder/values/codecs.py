"""Which codec (make_unique + capacity) a column gets: by generator key for strings whose
content has a shape (e-mails, decimal strings, hex tokens, UUIDs), otherwise by family.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from introspect.graph import Column
from seeder.values.base import Codec
from seeder.values.convert import as_datetime, as_decimal, as_int
from seeder.values.limits import (
    DATE_MAX,
    DATE_MIN,
    WIDE,
    YEAR_MAX,
    YEAR_MIN,
    decimal_bounds,
    decimal_shape,
    fraction_unit,
    int_bounds,
    length_of,
    temporal_bounds,
)
from seeder.values.unique import (
    BytesCodec,
    DecimalStringCodec,
    EmailCodec,
    FloatCodec,
    HexCodec,
    IndexCodec,
    JsonCodec,
    SuffixCodec,
    UuidCodec,
)

_DAY_US = 86_400 * 10**6


def _integer(column: Column) -> Codec:
    low, high = int_bounds(column)
    return IndexCodec(high - low + 1, lambda v: as_int(v) - low, lambda i: i + low)


def _boolean(column: Column) -> Codec:
    return IndexCodec(2, lambda v: 1 if as_int(v) else 0, lambda i: i)


def _decimal(column: Column) -> Codec:
    _, scale = decimal_shape(column)
    low, high = decimal_bounds(column)
    quantum = Decimal(1).scaleb(-scale)

    def to_index(value: Any) -> int:
        return int(WIDE.subtract(as_decimal(value), low).scaleb(scale, WIDE))

    def from_index(index: int) -> Decimal:
        return WIDE.add(low, Decimal(index).scaleb(-scale, WIDE)).quantize(quantum, context=WIDE)
    return IndexCodec(to_index(high) + 1, to_index, from_index)


def _bit(column: Column) -> Codec:
    return IndexCodec(2 ** length_of(column), as_int, lambda i: i)


def _year(column: Column) -> Codec:
    return IndexCodec(YEAR_MAX - YEAR_MIN + 1, lambda v: as_int(v) - YEAR_MIN, lambda i: i + YEAR_MIN)


def _date(column: Column) -> Codec:
    first = DATE_MIN.toordinal()
    return IndexCodec(DATE_MAX.toordinal() - first + 1,
                      lambda v: (v if type(v) is date else as_datetime(v).date()).toordinal() - first,
                      lambda i: date.fromordinal(i + first))


def _datetime(column: Column) -> Codec:
    low, high = temporal_bounds(column, safe=True)
    unit = timedelta(microseconds=fraction_unit(column))
    return IndexCodec((high - low) // unit + 1, lambda v: (as_datetime(v) - low) // unit,
                      lambda i: low + i * unit)


def _time(column: Column) -> Codec:
    unit = fraction_unit(column)

    def to_index(value: Any) -> int:
        if isinstance(value, timedelta):
            return (value // timedelta(microseconds=1)) % _DAY_US // unit
        clock = value if isinstance(value, time) else as_datetime(value).time()
        return ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 10**6 // unit + clock.microsecond // unit

    def from_index(index: int) -> time:
        return (datetime.min + timedelta(microseconds=index * unit)).time()
    return IndexCodec(_DAY_US // unit, to_index, from_index)


def _enum(column: Column) -> Codec:
    members = column.values
    return IndexCodec(len(members), members.index, lambda i: members[i])


def _set(column: Column) -> Codec:
    members = column.values

    def to_index(value: Any) -> int:
        chosen = set(str(value).split(",")) if value else set()
        return sum(1 << i for i, m in enumerate(members) if m in chosen) - 1

    def from_index(index: int) -> str:
        return ",".join(m for i, m in enumerate(members) if (index + 1) >> i & 1)
    return IndexCodec(2 ** len(members) - 1, to_index, from_index)


def _inet(version: int) -> Callable[[Column], Codec]:
    def build(column: Column) -> Codec:
        size = 2**32 if version == 4 else 2**128
        return IndexCodec(size, lambda v: int(ipaddress.ip_address(v)) % size,
                          lambda i: str(ipaddress.ip_address(i) if version == 4 else ipaddress.IPv6Address(i)))
    return build


def _strings(column: Column) -> Codec:
    return SuffixCodec(length_of(column), in_bytes=column.family == "text")


_FAMILY_CODECS: dict[str, Callable[[Column], Codec]] = {
    "integer": _integer, "boolean": _boolean, "decimal": _decimal, "float": FloatCodec, "bit": _bit,
    "year": _year, "date": _date, "datetime": _datetime, "timestamp": _datetime, "time": _time,
    "enum": _enum, "set": _set, "inet4": _inet(4), "inet6": _inet(6), "uuid": lambda c: UuidCodec(),
    "char": _strings, "varchar": _strings, "text": _strings,
    "binary": lambda c: BytesCodec(length_of(c), fixed=True),
    "varbinary": lambda c: BytesCodec(length_of(c), fixed=False),
    "blob": lambda c: BytesCodec(length_of(c), fixed=False),
    "json": lambda c: JsonCodec(c.length),
}

#: string columns whose generator gives the content a shape worth keeping in variants
_KEY_CODECS: dict[str, Callable[[Column], Codec]] = {
    "person.email": lambda c: EmailCodec(length_of(c)),
    "number.decimal_string": lambda c: DecimalStringCodec(length_of(c)),
    "crypto.hex": lambda c: HexCodec(length_of(c)),
    "uuid.v4": lambda c: UuidCodec() if length_of(c) >= 36 else HexCodec(length_of(c)),
}


def codec_for(key: str, column: Column) -> Codec:
    """The codec for values of generator `key` in `column`."""
    if column.family in ("char", "varchar", "text") and key in _KEY_CODECS:
        return _KEY_CODECS[key](column)
    build = _FAMILY_CODECS.get(column.family)
    if build is None:
        return SuffixCodec(column.length or 255)
    return build(column)
