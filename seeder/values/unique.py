"""Codecs: how many distinct values a column can hold, and the k-th variant of a value.

`variant(value, k)` must give a different result for every k >= 1 (while k is below
the capacity) and still fit the column; it raises ValueError when the column cannot
hold that many variants. Two designs cover almost everything:

* IndexCodec: the column's values are numbered 0..size-1 (integers, decimals, dates,
  enum members, set masks, addresses ...); the k-th variant is index + k, modulo size.
* SuffixCodec: strings get "-<k>" appended (cut to fit). k is written in base 36 for
  short columns and in decimal for long ones. Variants of one value are distinct: two
  suffixes of different lengths would need a digit to equal the separator.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from introspect.graph import Column
from seeder.values.convert import as_text, cut_bytes
from seeder.values.limits import WIDE, bounded, bounded_power, float_bounds, is_single_float

BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"
DECIMAL_DIGITS = "0123456789"
_HEX = re.compile(r"[0-9a-fA-F]+")
_LOW48 = 2**48 - 1


def _too_many(k: int, size: int | None) -> ValueError:
    return ValueError(f"the column holds at most {size} distinct values; variant {k} does not exist")


def encode(number: int, alphabet: str) -> str:
    """number written in the given digit alphabet."""
    base, digits = len(alphabet), ""
    while True:
        number, rest = divmod(number, base)
        digits = alphabet[rest] + digits
        if number == 0:
            return digits


@dataclass(frozen=True)
class IndexCodec:
    """Values numbered 0..size-1; the k-th variant is (index + k) mod size."""

    size: int
    to_index: Callable[[Any], int]
    from_index: Callable[[int], Any]

    def variant(self, value: Any, k: int) -> Any:
        if k >= self.size:
            raise _too_many(k, self.size)
        return self.from_index((self.to_index(value) + k) % self.size)

    def capacity(self) -> int | None:
        return bounded(self.size)


@dataclass(frozen=True)
class SuffixCodec:
    """Strings: value + separator + k, cut so that the whole fits `limit` characters/bytes."""

    limit: int
    in_bytes: bool = False
    separator: str = "-"

    def variant(self, value: Any, k: int) -> str:
        digits = encode(k, BASE36 if self.limit < 12 else DECIMAL_DIGITS)
        if len(digits) > self.limit:
            raise _too_many(k, self.capacity())
        if len(digits) == self.limit:
            return digits
        tail = self.separator + digits
        text = as_text(value)
        room = self.limit - len(tail)
        if self._size(text + tail) <= self.limit:
            return text + tail
        return (cut_bytes(text, room) if self.in_bytes else text[:room]) + tail

    def _size(self, text: str) -> int:
        return len(text.encode("utf-8")) if self.in_bytes else len(text)

    def capacity(self) -> int | None:
        return None if self.in_bytes else bounded_power(36, self.limit)


@dataclass(frozen=True)
class EmailCodec:
    """E-mail addresses: local+k@domain, so variants stay addresses."""

    limit: int

    def variant(self, value: Any, k: int) -> str:
        text = as_text(value)
        local, at, domain = text.rpartition("@")
        room = self.limit - len(domain) - 1
        if not at or not local or room < 2:
            return SuffixCodec(self.limit).variant(text, k)
        return SuffixCodec(room, separator="+").variant(local, k) + "@" + domain

    def capacity(self) -> int | None:
        return bounded_power(36, self.limit)


@dataclass(frozen=True)
class DecimalStringCodec:
    """Numbers kept as strings ("125.50"): add k units of the last decimal place."""

    limit: int

    def variant(self, value: Any, k: int) -> str:
        text = as_text(value).strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            return SuffixCodec(self.limit).variant(text, k)
        places = max(0, -int(number.as_tuple().exponent))
        bumped = WIDE.add(number, Decimal(k).scaleb(-places))
        out = format(bumped, f".{places}f")
        if len(out) > self.limit:
            raise _too_many(k, self.capacity())
        return out

    def capacity(self) -> int | None:
        return bounded_power(10, max(self.limit - 1, 1))


@dataclass(frozen=True)
class HexCodec:
    """Hex strings (tokens, hashes): add k to the number they spell, same width and case."""

    limit: int

    def variant(self, value: Any, k: int) -> str:
        text = as_text(value)
        if not _HEX.fullmatch(text):
            return SuffixCodec(self.limit).variant(text, k)
        size = 16 ** len(text)
        if k >= size:
            raise _too_many(k, size)
        out = format((int(text, 16) + k) % size, f"0{len(text)}x")
        return out.upper() if text.isupper() else out

    def capacity(self) -> int | None:
        return bounded_power(16, self.limit)


@dataclass(frozen=True)
class UuidCodec:
    """UUIDs: add k to the low 48 bits (the version and variant bits are untouched)."""

    def variant(self, value: Any, k: int) -> str:
        if k > _LOW48:
            raise _too_many(k, _LOW48 + 1)
        number = uuid.UUID(as_text(value).strip()).int
        low = ((number & _LOW48) + k) & _LOW48
        return str(uuid.UUID(int=(number & ~_LOW48) | low))

    def capacity(self) -> int | None:
        return None


@dataclass(frozen=True)
class BytesCodec:
    """Byte strings: add k to the big-endian number they spell (widening VARBINARY if needed)."""

    limit: int
    fixed: bool

    def variant(self, value: Any, k: int) -> bytes:
        data = bytes(value)
        width = self.limit if self.fixed else max(1, min(len(data), self.limit))
        needed = max(1, (k.bit_length() + 7) // 8)          # k < 256**needed
        if needed > width:
            if self.fixed or needed > self.limit:
                raise _too_many(k, self.capacity())
            width = needed                                  # longer variants never equal shorter ones
        number = int.from_bytes(data[:width].ljust(width, b"\0"), "big")
        return ((number + k) % (1 << 8 * width)).to_bytes(width, "big")

    def capacity(self) -> int | None:
        return bounded_power(256, self.limit)


@dataclass(frozen=True)
class JsonCodec:
    """JSON documents: objects get a "_variant" member, arrays an extra element."""

    limit: int | None

    def variant(self, value: Any, k: int) -> str:
        doc = json.loads(value) if isinstance(value, (str, bytes)) else value
        if isinstance(doc, dict):
            doc = {**doc, "_variant": k}
        elif isinstance(doc, list):
            doc = [*doc, k]
        else:
            doc = [doc, k]
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        if self.limit and len(text.encode("utf-8")) > self.limit:
            raise ValueError(f"variant {k} of the JSON document exceeds {self.limit} bytes")
        return text

    def capacity(self) -> int | None:
        return None


@dataclass(frozen=True)
class FloatCodec:
    """Floats: steps large enough to survive FLOAT/DOUBLE storage and the column's scale."""

    column: Column

    def variant(self, value: Any, k: int) -> float:
        number, single = float(value), is_single_float(self.column)
        scale = self.column.scale if self.column.precision and self.column.scale is not None else None
        step = max(abs(number) * (2**-20 if single else 2**-48), 1e-6 if single else 1e-12,
                   10.0**-scale if scale is not None else 0.0)
        low, high = float_bounds(self.column)
        out = number + k * step
        if out > high:
            out = number - k * step
        if not low <= out <= high:
            raise ValueError(f"variant {k} of {number!r} is out of range")
        return round(out, scale) if scale is not None else out

    def capacity(self) -> int | None:
        return None
