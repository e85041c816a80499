"""Everything that differs between MySQL 8 and MariaDB, in one place.

- Column types are read from information_schema.COLUMNS.COLUMN_TYPE, which both servers fill, and
  parsed here into a family and its limits. MariaDB stores JSON as LONGTEXT with a
  `json_valid(col)` CHECK; MySQL has a real `json` type. MariaDB has `uuid`, `inet4`, `inet6`.
- Defaults: MariaDB prints `current_timestamp()`, MySQL `CURRENT_TIMESTAMP`; MariaDB quotes string
  defaults ('PENDING'), MySQL does not.
- Generated columns: MySQL says VIRTUAL GENERATED / STORED GENERATED in EXTRA, MariaDB says
  VIRTUAL GENERATED / STORED GENERATED (10.2+: also PERSISTENT); IS_GENERATED = 'ALWAYS' on both.
  MySQL 8 also says DEFAULT_GENERATED for an expression default such as CURRENT_TIMESTAMP: not generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_INT_BYTES = {"tinyint": 1, "smallint": 2, "mediumint": 3, "int": 4, "integer": 4, "bigint": 8}
_TEXT_BYTES = {"tinytext": 255, "text": 65535, "mediumtext": 16777215, "longtext": 4294967295}
_BLOB_BYTES = {"tinyblob": 255, "blob": 65535, "mediumblob": 16777215, "longblob": 4294967295}
_SIMPLE = {
    "date": "date", "datetime": "datetime", "timestamp": "timestamp", "time": "time", "year": "year",
    "float": "float", "double": "float", "real": "float", "double precision": "float",
    "json": "json", "uuid": "uuid", "inet4": "inet4", "inet6": "inet6",
    "decimal": "decimal", "numeric": "decimal", "fixed": "decimal", "bit": "bit",
    "char": "char", "varchar": "varchar", "binary": "binary", "varbinary": "varbinary",
    "enum": "enum", "set": "set", "bool": "boolean", "boolean": "boolean",
}
_TYPE_RE = re.compile(r"^\s*([a-z][a-z0-9 ]*?)\s*(?:\((.*)\))?\s*((?:unsigned|signed|zerofill|\s)*)\s*$", re.DOTALL)
_NOW_RE = re.compile(r"^(current_timestamp|now|localtimestamp|localtime)(\(\d*\))?$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedType:
    """A raw column type split into the facts a generator needs."""

    family: str
    length: int | None = None
    precision: int | None = None
    scale: int | None = None
    unsigned: bool = False
    int_bytes: int | None = None
    values: tuple[str, ...] = ()


def parse_enum_values(inner: str) -> tuple[str, ...]:
    """Split "'a','b''c'" into ('a', "b'c"), honouring doubled quotes and backslash escapes."""
    values: list[str] = []
    i, n = 0, len(inner)
    while i < n:
        if inner[i] != "'":
            i += 1
            continue
        i += 1
        buf: list[str] = []
        while i < n:
            ch = inner[i]
            if ch == "\\" and i + 1 < n:
                buf.append(inner[i + 1])
                i += 2
            elif ch == "'" and i + 1 < n and inner[i + 1] == "'":
                buf.append("'")
                i += 2
            elif ch == "'":
                i += 1
                break
            else:
                buf.append(ch)
                i += 1
        values.append("".join(buf))
    return tuple(values)


def parse_column_type(raw: str, json_checked: bool = False) -> ParsedType:
    """Parse COLUMN_TYPE text (both dialects) into a ParsedType; unknown names give family "unknown"."""
    m = _TYPE_RE.match(raw.lower())
    if not m:
        return ParsedType("unknown")
    base, args, mods = m.group(1).strip(), m.group(2), m.group(3) or ""
    unsigned = "unsigned" in mods
    if base in _INT_BYTES:
        if base == "tinyint" and args == "1" and not unsigned:
            return ParsedType("boolean", int_bytes=1)
        return ParsedType("integer", unsigned=unsigned, int_bytes=_INT_BYTES[base])
    if base in _TEXT_BYTES:
        return ParsedType("json" if json_checked else "text", length=_TEXT_BYTES[base])
    if base in _BLOB_BYTES:
        return ParsedType("blob", length=_BLOB_BYTES[base])
    family = _SIMPLE.get(base)
    if family is None:
        return ParsedType("unknown")
    if family in ("enum", "set"):
        # enum values keep their case: parse from the raw text, not the lower-cased copy
        raw_inner = raw[raw.index("(") + 1: raw.rindex(")")]
        return ParsedType(family, values=parse_enum_values(raw_inner))
    nums = [int(x) for x in re.findall(r"\d+", args or "")]
    if family == "decimal":
        precision = nums[0] if nums else 10
        scale = nums[1] if len(nums) > 1 else 0
        return ParsedType("decimal", precision=precision, scale=scale, unsigned=unsigned)
    if family in ("char", "varchar") and json_checked:
        return ParsedType("json", length=nums[0] if nums else None)
    if family in ("char", "varchar", "binary", "varbinary"):
        return ParsedType(family, length=nums[0] if nums else 1)
    if family == "bit":
        return ParsedType("bit", length=nums[0] if nums else 1)
    if family in ("datetime", "timestamp", "time"):
        return ParsedType(family, precision=nums[0] if nums else 0)
    if family == "float":
        return ParsedType("float", precision=nums[0] if nums else None,
                          scale=nums[1] if len(nums) > 1 else None, unsigned=unsigned)
    return ParsedType(family)


def is_json_check(clause: str, column: str) -> bool:
    """MariaDB's JSON columns carry CHECK (json_valid(`col`))."""
    squashed = clause.replace(" ", "").lower()
    return squashed == f"json_valid(`{column.lower()}`)"


def normalise_default(raw: str | None) -> tuple[str | None, bool]:
    """Return (default text without quotes, whether it means "now")."""
    if raw is None or raw.upper() == "NULL":
        return None, False
    text = raw.strip()
    if _NOW_RE.match(text):
        return text, True
    if len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1].replace("''", "'")
    return text, False


def is_generated(extra: str, is_generated_flag: str | None) -> bool:
    """A VIRTUAL/STORED (MariaDB also PERSISTENT) generated column. MySQL 8 also writes
    DEFAULT_GENERATED in EXTRA for a column whose default is an expression: that one is written."""
    if (is_generated_flag or "").upper() == "ALWAYS":
        return True
    extra_l = (extra or "").lower()
    return any(word in extra_l for word in ("virtual generated", "stored generated", "persistent"))


def dialect_name(version_string: str) -> str:
    return "mariadb" if "mariadb" in version_string.lower() else "mysql"


def check_constraints_sql(dialect: str) -> str:
    """(table, constraint name, clause) rows for one schema (bind :schema).

    MariaDB's CHECK_CONSTRAINTS has TABLE_NAME (and names column-level checks after the column,
    so names repeat across tables); MySQL 8 has no TABLE_NAME there and needs TABLE_CONSTRAINTS.
    """
    if dialect == "mariadb":
        return ("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                " WHERE CONSTRAINT_SCHEMA = :schema")
    return ("SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
            " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
            " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            " WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.CONSTRAINT_SCHEMA = :schema")


def session_setup_sql(dialect: str) -> list[str]:
    """Statements every writing session runs: strict mode, UTC, checks on."""
    modes = "STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE"
    return [
        f"SET SESSION sql_mode = '{modes}'",
        "SET SESSION time_zone = '+00:00'",
        "SET SESSION foreign_key_checks = 1",
        "SET SESSION unique_checks = 1",
    ]


JOIN_BUFFER_BYTES = 32 * 1024 * 1024
TEMP_TABLE_BYTES = 128 * 1024 * 1024


def check_tuning_sql(dialect: str) -> list[str]:
    """Statements that let checks join on columns without an index (undeclared references) in linear
    time: MariaDB's hash joins are off by default (join_cache_level 2; 4 allows incremental BNLH); MySQL
    8.0.18+ uses hash joins unasked. Both hash into the join buffer, 256 KiB by default (and at most 2 MiB
    in all per query on MariaDB): a join whose rows do not fit is made in several passes (the TERP checks
    of a 1.1-million-row seed took 10.9 s instead of 7.0 s). And the internal temporary tables of GROUP BY,
    window functions and derived tables stay in memory up to 128 MiB instead of 16 MiB, past which they
    move to disk (a window over 124k TERP movements: 1.01 -> 0.23 s). This session's buffers are larger;
    they are allocated only when a query needs them."""
    buffer = f"SET SESSION join_buffer_size = {JOIN_BUFFER_BYTES}"
    temp = [f"SET SESSION max_heap_table_size = {TEMP_TABLE_BYTES}", f"SET SESSION tmp_table_size = {TEMP_TABLE_BYTES}"]
    if dialect == "mariadb":
        return ["SET SESSION join_cache_level = 4", buffer,
                f"SET SESSION join_buffer_space_limit = {8 * JOIN_BUFFER_BYTES}", *temp]
    return [buffer, *temp]


def quote_ident(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"
