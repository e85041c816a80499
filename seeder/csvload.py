"""The CSV dialect `LOAD DATA` reads back exactly: used by `seeder export --format csv` and by apply's
bulk-load write path.

    CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '\\'
    LINES TERMINATED BY '\n' IGNORE 1 LINES

NULL is an unenclosed \\N. Numbers and temporal values are unenclosed (they never hold a comma, a quote,
a backslash or a newline); strings are enclosed in double quotes, with \\ written as \\\\, " as \\", NUL as
\\0, newline as \\n and carriage return as \\r; but the strings of a column where none needs it (none holds
a comma, a quote, a backslash, NUL, a newline, a carriage return, or "null" in any case, as the bare word
NULL reads as NULL) are written as they are. Binary columns (BINARY, VARBINARY, BLOB) are enclosed hex,
loaded with SET col = UNHEX(@v); BIT columns are decimal, loaded with SET col = CAST(@v AS UNSIGNED).
Temporal values use PyMySQL's text forms (fractional seconds only when non-zero), as INSERTs send them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from typing import Any

from pymysql import converters as conv

from introspect.dialect import quote_ident
from introspect.graph import Table
from seeder.columnwise import iso_texts, naive, rendered_once, with_nulls
from seeder.sqltext import decimal_texts, escape_sql

try:   # the optional C renderer (seeder/_csvfast.c), built on install where a C compiler is at hand
    from seeder import _csvfast
except ImportError:   # pragma: no cover - a build without it renders in Python
    _csvfast = None

BINARY_FAMILIES = ("binary", "varbinary", "blob")
CSV_OPTIONS = ("CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '\\\\' "
               "LINES TERMINATED BY '\\n' IGNORE 1 LINES")


def quoted(value: str) -> str:
    """An SQL string literal."""
    return "'" + escape_sql(value) + "'"


_SQL: dict[type, Callable[[Any], str]] = {
    str: quoted, int: str, bool: lambda v: str(int(v)), float: conv.escape_float,
    Decimal: lambda v: format(v, "f"), datetime: conv.escape_datetime, date: conv.escape_date,
    dtime: conv.escape_time, timedelta: conv.escape_timedelta, type(None): lambda v: "NULL",
    bytes: lambda v: f"X'{v.hex()}'", bytearray: lambda v: f"X'{v.hex()}'",
}


def sql_literal(value: Any) -> str:
    """A MySQL literal for value, as PyMySQL would send it (strings backslash-escaped, bytes as X'..')."""
    render = _SQL.get(type(value))
    return render(value) if render is not None else quoted(str(value))


_CSV_SPECIAL = re.compile('[\\\\"\0\n\r]')


def csv_escape(text: str) -> str:
    """\\ " NUL newline and carriage return escaped with a backslash: five C passes of str.replace, the
    backslash first (a per-character translate took 6 µs for a JSON document, this 0.6)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r")


def _csv_str(value: str) -> str:
    return '"' + (csv_escape(value) if _CSV_SPECIAL.search(value) else value) + '"'


def _bare(render: Callable[[Any], str]) -> Callable[[Any], str]:
    """PyMySQL's literal without its quotes: numbers and temporal values never hold , " \\ or a newline."""
    return lambda v: render(v).strip("'")


_CSV: dict[type, Callable[[Any], str]] = {   # value by value
    **{t: _bare(f) for t, f in _SQL.items()},
    str: _csv_str, float: repr, bytes: lambda v: _csv_str(v.decode("utf-8")),
    bytearray: lambda v: _csv_str(v.decode("utf-8")), type(None): lambda v: "\\N",
}


def _csv_any(value: Any) -> str:
    render = _CSV.get(type(value))
    return render(value) if render is not None else _csv_str(str(value))


def _csv_hex(value: Any) -> str:
    data = value if value is None or isinstance(value, (bytes, bytearray)) else str(value).encode("utf-8")
    return "\\N" if data is None else '"' + data.hex() + '"'


_CSV_KINDS: dict[str, Callable[[Any], str]] = {  # by column: binary as hex, BIT as a number
    "": _csv_any, "hex": _csv_hex,
    "bit": lambda v: _csv_any(int.from_bytes(v, "big") if isinstance(v, (bytes, bytearray)) else v)}


def csv_field(value: Any, kind: str = "") -> str:
    """One CSV field of the dialect above; kind is "hex" for binary columns, "bit" for BIT columns."""
    return _CSV_KINDS[kind](value)


def column_kinds(table: Table, columns: Sequence[str]) -> list[str]:
    """Per column: "hex" for binary families, "bit" for BIT, "" for everything else."""
    return ["hex" if table.column(c).family in BINARY_FAMILIES else
            "bit" if table.column(c).family == "bit" else "" for c in columns]


# --- whole columns of one type: one pass each, the same text as csv_field gives -----------------------
_CSV_ENCLOSE = re.compile('[\\\\"\0\n\r,]')   # a string holding one of these is enclosed (and escaped)


def _csv_strings(values: Sequence[str]) -> list[str]:
    """Each string enclosed in double quotes, escaped where it needs it."""
    if _CSV_SPECIAL.search("".join(values)):
        return list(map(_csv_str, values))
    return ['"' + v + '"' for v in values]


def _csv_plain_or(enclosed: Callable[[Sequence[str]], list[str]]) -> Callable[[Sequence[str]], list[str]]:
    """The column's strings as they are where none needs enclosing (C scans of them all, before any work
    per value), else enclosed(values)."""
    def render(values: Sequence[str]) -> list[str]:
        joined = "".join(values)
        if not _CSV_ENCLOSE.search(joined) and "null" not in joined.lower():
            return list(values)
        return enclosed(values)
    return render


def _csv_decimals(values: Sequence[Decimal]) -> list[str]:
    texts = decimal_texts(values)
    return list(map(_CSV[Decimal], values)) if texts is None else texts


def _csv_moments(values: Sequence[datetime]) -> list[str]:
    """isoformat is PyMySQL's text for naive datetimes (fraction only when non-zero); it would add an
    offset to an aware one, which PyMySQL drops."""
    return iso_texts(values) if naive(values) else list(map(_CSV[datetime], values))


_CSV_COLUMN: dict[type, Callable[[Sequence[Any]], list[str]]] = {kind: rendered_once(kind, whole) for kind, whole in {
    str: _csv_strings, Decimal: _csv_decimals, int: lambda vs: list(map(int.__repr__, vs)),
    datetime: _csv_moments, date: lambda vs: list(map(date.isoformat, vs)),
}.items()}
_CSV_COLUMN[str] = _csv_plain_or(_CSV_COLUMN[str])   # the bare check first: before once_each's work


def csv_column(values: Sequence[Any], kind: str = "") -> list[str]:
    """The CSV fields of one column's values: a whole column of one type at once where it can."""
    if not kind:
        types = set(map(type, values))
        nulls = type(None) in types
        if len(types) - nulls == 1:
            whole = _CSV_COLUMN.get(next(iter(types - {type(None)})))
            if whole is not None:
                return with_nulls(values, whole, "\\N") if nulls else whole(values)
    return list(map(_CSV_KINDS[kind], values))


def csv_body_python(values: Sequence[Sequence[Any]], kinds: Sequence[str]) -> bytes:
    """One line per row (values are column-wise lists), as UTF-8: whole columns rendered in Python."""
    rendered = [csv_column(vals, k) for vals, k in zip(values, kinds, strict=True)]
    if not rendered or not rendered[0]:
        return b""
    return ("\n".join(map(",".join, zip(*rendered, strict=True))) + "\n").encode("utf-8")


def csv_body_c(values: Sequence[Sequence[Any]], kinds: Sequence[str]) -> bytes:
    """The same bytes as csv_body_python, rendered row by row in C (seeder._csvfast); binary and BIT
    columns are rendered in Python first."""
    if not values or not len(values[0]):
        return b""
    columns = [csv_column(vals, k) if k else vals for vals, k in zip(values, kinds, strict=True)]
    return _csvfast.render(columns, bytes(ord("p") if k else ord("a") for k in kinds), csv_field)


csv_body = csv_body_python if _csvfast is None else csv_body_c


def csv_text(columns: Sequence[str], values: Sequence[Sequence[Any]], kinds: Sequence[str],
             header: bool = True) -> bytes:
    """A header line (unless header is False), then one line per row (values are column-wise lists), as
    UTF-8."""
    head = (",".join(map(csv_field, columns)) + "\n").encode("utf-8") if header else b""
    return head + csv_body(values, kinds)


def load_statement(file_literal: str, table: str, columns: Sequence[str], kinds: Sequence[str]) -> str:
    """LOAD DATA LOCAL INFILE of a file written by csv_lines (file_literal: an SQL string literal or %s)."""
    pairs = list(enumerate(zip(columns, kinds, strict=True)))   # binary and BIT go through @v<i>
    targets = [f"@v{i}" if kind else quote_ident(col) for i, (col, kind) in pairs]
    sets = [f"{quote_ident(col)} = " + (f"UNHEX(@v{i})" if kind == "hex" else f"CAST(@v{i} AS UNSIGNED)")
            for i, (col, kind) in pairs if kind]
    into = f"LOAD DATA LOCAL INFILE {file_literal} INTO TABLE {quote_ident(table)} {CSV_OPTIONS}"
    return f"{into} ({', '.join(targets)})" + (f" SET {', '.join(sets)}" if sets else "")
