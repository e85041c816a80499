"""`seeder export`: the rows `apply` would write, into files instead of a database.

Generation is apply's own: `seeder.runner`'s step functions (`_preload`, `_steps`, `_generate_step`, table
by table, and `_deferred_updates` last), so the same schema, seed and options give the same rows; only one
table's rows (and the key pool apply keeps too) are in memory at a time.

    --format sql   DIR/data.sql: session set-up (utf8mb4, strict sql_mode, UTC), SET FOREIGN_KEY_CHECKS=0;
                   multi-row INSERTs (about 1 MB each) in plan order, the deferred UPDATEs, then
                   SET FOREIGN_KEY_CHECKS=1;  load with:  mysql DATABASE < DIR/data.sql
    --format csv   DIR/<table>.csv per table that gets rows, a header row first, and DIR/load.sql, which
                   LOADs every file in plan order and then runs the deferred UPDATEs. Run it from DIR:
                   cd DIR && mysql --local-infile=1 DATABASE < load.sql

The CSV dialect is exactly what load.sql declares:

    CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '\\'
    LINES TERMINATED BY '\n' IGNORE 1 LINES

NULL is an unenclosed \\N; every other value is enclosed in double quotes, with \\ written as \\\\, " as \\",
NUL as \\0, newline as \\n and carriage return as \\r. Binary columns (BINARY, VARBINARY, BLOB) are hex,
loaded with SET col = UNHEX(@v); BIT columns are decimal, loaded with SET col = CAST(@v AS UNSIGNED).
Temporal values use PyMySQL's text forms (fractional seconds only when non-zero), as apply sends them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from pymysql.converters import (
    escape_date,
    escape_datetime,
    escape_float,
    escape_string,
    escape_time,
    escape_timedelta,
)
from sqlalchemy.engine import URL

from introspect.codegen import read_snapshot
from introspect.dialect import quote_ident, session_setup_sql
from introspect.graph import SchemaGraph
from seeder.errors import UsageError
from seeder.options import RunOptions
from seeder.pipeline import Loaded, load_target, make_plan
from seeder.plan import Plan, build_plan
from seeder.rows import TableRows
from seeder.ruleset import RuleSet, load_rules
from seeder.writer import Update, Writer

FORMATS = ("sql", "csv")
STATEMENT_BYTES = 1 << 20          # a multi-row INSERT stops growing past about 1 MB
BINARY_FAMILIES = ("binary", "varbinary", "blob")
CSV_OPTIONS = ("CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '\\\\' "
               "LINES TERMINATED BY '\\n' IGNORE 1 LINES")


# --- where the schema comes from ----------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    """A schema to graph or export: a live database (--url) or a snapshot file (--snapshot)."""

    graph: SchemaGraph
    rules: RuleSet
    loaded: Loaded | None = None   # set for --url

    def plan(self, options: RunOptions) -> Plan:
        """apply's plan: against the live database's rows, or with no rows for a snapshot."""
        if self.loaded is not None:
            return make_plan(self.loaded, options)
        return build_plan(self.graph, options, self.rules)

    @property
    def url(self) -> URL | None:
        return self.loaded.url if self.loaded is not None else None

    def close(self) -> None:
        if self.loaded is not None:
            self.loaded.engine.dispose()


def open_source(url: str | None, snapshot: str | Path | None, options: RunOptions) -> Source:
    """Exactly one of url and snapshot (generated/NAME/schema.json)."""
    if (url is None) == (snapshot is None):
        raise UsageError("give exactly one of --url and --snapshot")
    if url is not None:
        loaded = load_target(url, options)
        return Source(loaded.graph, loaded.rules, loaded)
    path = Path(snapshot)  # type: ignore[arg-type]
    if not path.is_file():
        raise UsageError(f"--snapshot {path}: no such file (expected generated/NAME/schema.json)")
    try:
        graph = read_snapshot(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"--snapshot {path} is not a schema snapshot: {type(exc).__name__}: {exc}") from None
    return Source(graph, load_rules(options.rules_dir, graph))


# --- values --------------------------------------------------------------------------------------
def _quoted(value: str) -> str:
    return "'" + escape_string(value) + "'"


_SQL: dict[type, Callable[[Any], str]] = {
    str: _quoted, int: str, bool: lambda v: str(int(v)), float: escape_float,
    Decimal: lambda v: format(v, "f"), datetime: escape_datetime, date: escape_date, dtime: escape_time,
    timedelta: escape_timedelta, bytes: lambda v: f"X'{v.hex()}'", bytearray: lambda v: f"X'{v.hex()}'",
    type(None): lambda v: "NULL",
}


def sql_literal(value: Any) -> str:
    """A MySQL literal for value, as PyMySQL would send it (strings backslash-escaped, bytes as X'..')."""
    render = _SQL.get(type(value))
    return render(value) if render is not None else _quoted(str(value))


_CSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\0": "\\0", "\n": "\\n", "\r": "\\r"})


def csv_field(value: Any, kind: str = "") -> str:
    """One CSV field of the dialect above; kind is "hex" for binary columns, "bit" for BIT columns."""
    if value is None:
        return "\\N"
    if kind == "hex":
        data = value if isinstance(value, (bytes, bytearray)) else str(value).encode("utf-8")
        return '"' + data.hex() + '"'
    if kind == "bit" and isinstance(value, (bytes, bytearray)):
        value = int.from_bytes(value, "big")
    if isinstance(value, (bytes, bytearray)):
        value = value.decode("utf-8")
    if isinstance(value, str):
        text = value
    elif isinstance(value, (datetime, date, dtime, timedelta)):
        text = sql_literal(value)[1:-1]      # PyMySQL's text form without its quotes
    elif isinstance(value, float):
        text = repr(value)
    else:
        text = sql_literal(value)
    return '"' + text.translate(_CSV_ESCAPES) + '"'


# --- files ---------------------------------------------------------------------------------------
def _header(plan: Plan, what: str) -> list[str]:
    title = (f"-- {what} of {plan.graph.database} ({len(plan.tables)} tables), written by seeder export: "
             f"seed {plan.options.seed}, profile {plan.options.profile}")
    return [title, "SET NAMES utf8mb4;", *(f"{s};" for s in session_setup_sql(plan.graph.dialect)
                                    if "foreign_key_checks" not in s), "SET FOREIGN_KEY_CHECKS=0;"]


def _update_statements(updates: Iterable[Update]) -> Iterable[str]:
    for op in updates:
        keep = [f"{quote_ident(c)} = {quote_ident(c)}" for c in op.keep_columns]
        for row in op.rows:
            sets = [f"{quote_ident(c)} = {sql_literal(v)}" for c, v in zip(op.set_columns, row, strict=False)]
            where = " AND ".join(f"{quote_ident(c)} = {sql_literal(v)}"
                                 for c, v in zip(op.key_columns, row[len(op.set_columns):], strict=True))
            yield f"UPDATE {quote_ident(op.table)} SET {', '.join(sets + keep)} WHERE {where};"


class _SqlSink:
    def __init__(self, out: Path, plan: Plan) -> None:
        self.path = out / "data.sql"
        self.file: TextIO = self.path.open("w", encoding="utf-8", newline="\n")
        self.file.write("\n".join(_header(plan, "data")) + "\n")
        self.files = [self.path]

    def table(self, rows: TableRows) -> None:
        head = f"INSERT INTO {quote_ident(rows.table)} ({', '.join(quote_ident(c) for c in rows.columns)}) VALUES\n"
        columns = [rows.data[c] for c in rows.columns]
        chunk: list[str] = []
        size = 0
        for values in zip(*columns, strict=True):
            tup = "(" + ",".join(map(sql_literal, values)) + ")"
            chunk.append(tup)
            size += len(tup) + 2
            if size >= STATEMENT_BYTES:
                self.file.write(head + ",\n".join(chunk) + ";\n")
                chunk, size = [], 0
        if chunk:
            self.file.write(head + ",\n".join(chunk) + ";\n")

    def finish(self, updates: list[Update]) -> None:
        for statement in _update_statements(updates):
            self.file.write(statement + "\n")
        self.file.write("SET FOREIGN_KEY_CHECKS=1;\n")
        self.file.close()


class _CsvSink:
    def __init__(self, out: Path, plan: Plan) -> None:
        self.out, self.plan = out, plan
        self.load = _header(plan, "LOAD DATA script for the CSV files")
        self.load.insert(1, "-- run from this directory: mysql --local-infile=1 DATABASE < load.sql")
        self.files: list[Path] = []
        self.names: set[str] = set()

    def _file_name(self, table: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_.$-]", "_", table).lstrip(".") or "table"
        name, k = base, 2
        while name.lower() in self.names:  # case-insensitive file systems
            name, k = f"{base}_{k}", k + 1
        self.names.add(name.lower())
        return name + ".csv"

    def table(self, rows: TableRows) -> None:
        table = self.plan.graph.table(rows.table)
        kinds = ["hex" if table.column(c).family in BINARY_FAMILIES else
                 "bit" if table.column(c).family == "bit" else "" for c in rows.columns]
        name = self._file_name(rows.table)
        path = self.out / name
        with path.open("w", encoding="utf-8", newline="\n") as f:
            f.write(",".join(csv_field(c) for c in rows.columns) + "\n")
            columns = [rows.data[c] for c in rows.columns]
            for values in zip(*columns, strict=True):
                f.write(",".join(csv_field(v, k) for v, k in zip(values, kinds, strict=True)) + "\n")
        self.files.append(path)
        targets, sets = [], []
        for i, (col, kind) in enumerate(zip(rows.columns, kinds, strict=True)):
            if not kind:
                targets.append(quote_ident(col))
                continue
            targets.append(f"@v{i}")
            sets.append(f"{quote_ident(col)} = " + (f"UNHEX(@v{i})" if kind == "hex" else f"CAST(@v{i} AS UNSIGNED)"))
        self.load.append(f"LOAD DATA LOCAL INFILE {_quoted(name)} INTO TABLE {quote_ident(rows.table)} "
                         f"{CSV_OPTIONS} ({', '.join(targets)})" + (f" SET {', '.join(sets)}" if sets else "") + ";")

    def finish(self, updates: list[Update]) -> None:
        self.load += list(_update_statements(updates))
        self.load.append("SET FOREIGN_KEY_CHECKS=1;")
        path = self.out / "load.sql"
        path.write_text("\n".join(self.load) + "\n", encoding="utf-8")
        self.files.append(path)


@dataclass
class ExportResult:
    """What export wrote."""

    files: list[Path] = field(default_factory=list)
    rows: int = 0
    tables: int = 0
    updated: int = 0
    seconds: float = 0.0
    generate_seconds: float = 0.0


def export_plan(plan: Plan, fmt: str, out: Path, url: URL | None = None) -> ExportResult:
    """Generate the plan's rows exactly as apply does and write them as fmt ("sql" or "csv") into out.

    url: the live database the plan was made from, read (never written) for the keys of rows it already
    holds, as apply reads them; not needed when no planned table holds rows (a snapshot's plan).
    """
    from seeder import runner  # apply's generation steps, shared so that export cannot drift from apply

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    reader = Writer(url, plan.graph.dialect) if url is not None and any(t.current_rows for t in plan.tables) \
        else None  # only ever read: existing keys and unique values
    sink = _SqlSink(out, plan) if fmt == "sql" else _CsvSink(out, plan)
    result = ExportResult()
    deferred = {ref.table for ref in plan.ordering.deferred}
    keys: dict[str, TableRows] = {}   # only the primary keys the deferred UPDATEs need are kept
    try:
        pool = runner._preload(plan, reader)
        for step in runner._steps(plan):
            t0 = time.perf_counter()
            generated = runner._generate_step(plan, step, pool, reader)
            result.generate_seconds += time.perf_counter() - t0
            for tp, rows in zip(step, generated, strict=True):
                if rows is None:
                    continue
                sink.table(rows)
                result.rows += rows.count
                result.tables += 1
                if tp.table in deferred:
                    pk = plan.graph.table(tp.table).primary_key
                    keys[tp.table] = TableRows(tp.table, pk, {c: rows.data[c] for c in pk})
        updates = runner._deferred_updates(plan, pool, keys)  # the pool ends as apply's _pool_after
    finally:
        if reader is not None:
            reader.close()
    result.updated = sum(len(u.rows) for u in updates)
    sink.finish(updates)
    result.files = sink.files
    result.seconds = time.perf_counter() - started
    return result
