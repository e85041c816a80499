r"""`seeder export`: the rows `apply` would write, into files instead of a database.

Generation is apply's own (`seeder.generation`: `preload`, `steps`, `generate_step`, `apply_rollups` table
by table, then `rollup_updates`, `deferred_updates`): same schema, seed and options, same rows. Memory: one
table at a time, plus the rows rules read later (parents of rule functions, rollup tables).

    --format sql   DIR/data.sql: session set-up (utf8mb4, strict, UTC), SET FOREIGN_KEY_CHECKS=0; INSERTs
                   (~1 MB each) in plan order, UPDATEs (rollups, deferred references), FOREIGN_KEY_CHECKS=1
    --format csv   DIR/<table>.csv per table that gets rows (a header row first) and DIR/load.sql, which LOADs
                   them in plan order, then runs the UPDATEs: cd DIR && mysql --local-infile=1 DB < load.sql

The CSV dialect is exactly what load.sql declares:
    CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '\\'
    LINES TERMINATED BY '\n' IGNORE 1 LINES

NULL is an unenclosed \N; numbers and temporal values are unenclosed; strings are enclosed in double
quotes, with \ written as \\, " as \", NUL as \0, newline as \n and carriage return as \r, except in a
column where none needs it (seeder.csvload): no comma, quote, backslash, NUL, newline, carriage return or
"null" in any case; those are written as they are. Binary columns
(BINARY, VARBINARY, BLOB) are enclosed hex, loaded with SET col = UNHEX(@v); BIT columns are decimal,
loaded with SET col = CAST(@v AS UNSIGNED).
Temporal values use PyMySQL's text forms (fractional seconds only when non-zero), as apply sends them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import URL

from introspect.codegen import read_snapshot
from introspect.dialect import quote_ident, session_setup_sql
from introspect.graph import Reference, SchemaGraph
from seeder.csvload import column_kinds, csv_text, load_statement, quoted, sql_literal
from seeder.errors import UsageError
from seeder.gctune import fewer_collections
from seeder.options import RunOptions
from seeder.pipeline import Loaded, load_target, make_plan
from seeder.plan import Plan, build_plan
from seeder.rows import TableRows
from seeder.ruleset import RuleSet, load_rules
from seeder.sqltext import update_statements
from seeder.writer import Update, Writer

FORMATS = ("sql", "csv")
STATEMENT_BYTES = 1 << 20          # a multi-row INSERT stops growing past about 1 MB
CSV_CHUNK = 20_000                 # rows rendered at once into a CSV file


# --- where the schema comes from ----------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    """A schema to graph or export: a live database (--url) or a snapshot file (--snapshot)."""

    graph: SchemaGraph
    rules: RuleSet
    loaded: Loaded | None = None   # set for --url
    url: URL | None = None

    def plan(self, options: RunOptions) -> Plan:
        """apply's plan: against the live database's rows, or with no rows for a snapshot."""
        if self.loaded is not None:
            return make_plan(self.loaded, options)
        return build_plan(self.graph, options, self.rules)

    def close(self) -> None:
        if self.loaded is not None:
            self.loaded.engine.dispose()


def open_source(url: str | None, snapshot: str | Path | None, options: RunOptions) -> Source:
    """Exactly one of url and snapshot (generated/NAME/schema.json)."""
    if (url is None) == (snapshot is None):
        raise UsageError("give exactly one of --url and --snapshot")
    if url is not None:
        loaded = load_target(url, options)
        return Source(loaded.graph, loaded.rules, loaded, loaded.url)
    path = Path(snapshot)  # type: ignore[arg-type]
    if not path.is_file():
        raise UsageError(f"--snapshot {path}: no such file (expected generated/NAME/schema.json)")
    try:
        graph = read_snapshot(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"--snapshot {path} is not a schema snapshot: {type(exc).__name__}: {exc}") from None
    return Source(graph, load_rules(options.rules_dir, graph))


# --- values --------------------------------------------------------------------------------------
# --- files ---------------------------------------------------------------------------------------
def _header(plan: Plan, what: str) -> list[str]:
    title = (f"-- {what} of {plan.graph.database} ({len(plan.tables)} tables), written by seeder export: "
             f"seed {plan.options.seed}, profile {plan.options.profile}")
    return [title, "SET NAMES utf8mb4;", *(f"{s};" for s in session_setup_sql(plan.graph.dialect)
                                    if "foreign_key_checks" not in s), "SET FOREIGN_KEY_CHECKS=0;"]


def _update_statements(updates: Iterable[Update]) -> Iterable[str]:
    """apply's UPDATE statements (seeder.sqltext.update_statements: by integer key, 1,000 rows each)."""
    for op in updates:
        for statement in update_statements(op.table, op.set_columns, op.key_columns, op.rows, op.keep_columns):
            yield statement + ";"


class _SqlSink:
    def __init__(self, out: Path, plan: Plan) -> None:
        self.path = out / "data.sql"
        self.file: TextIO = self.path.open("w", encoding="utf-8", newline="\n")
        self.file.write("\n".join(_header(plan, "data")) + "\n")
        self.files = [self.path]

    def table(self, rows: TableRows) -> None:
        names = ", ".join(quote_ident(c) for c in rows.columns)
        head = f"INSERT INTO {quote_ident(rows.table)} ({names}) VALUES\n"
        columns = [list(map(sql_literal, rows.data[c])) for c in rows.columns]  # column-wise: fewer calls
        chunk, size = [], 0
        for values in zip(*columns, strict=True):
            tup = "(" + ",".join(values) + ")"
            chunk.append(tup)
            size += len(tup) + 2
            if size >= STATEMENT_BYTES:
                self.file.write(head + ",\n".join(chunk) + ";\n")
                chunk, size = [], 0
        if chunk:
            self.file.write(head + ",\n".join(chunk) + ";\n")

    def finish(self, updates: list[Update]) -> None:
        self.file.writelines(statement + "\n" for statement in _update_statements(updates))
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
        kinds = column_kinds(self.plan.graph.table(rows.table), rows.columns)
        name = self._file_name(rows.table)
        path = self.out / name
        values = [rows.data[c] for c in rows.columns]
        with path.open("wb") as f:   # the UTF-8 text of CSV_CHUNK rows at a time
            for start in range(0, max(rows.count, 1), CSV_CHUNK):
                f.write(csv_text(rows.columns, [v[start:start + CSV_CHUNK] for v in values], kinds, not start))
        self.files.append(path)
        self.load.append(load_statement(quoted(name), rows.table, rows.columns, kinds) + ";")

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


def _kept(plan: Plan) -> set[str]:
    """Tables whose whole rows later steps read, as apply's: parents of rule functions, rollup tables,
    tables an expand reads."""
    from seeder.generation import readers

    return {table for table, by in readers(plan).items() if by}


def export_plan(plan: Plan, fmt: str, out: Path, url: URL | None = None) -> ExportResult:
    """Generate the plan's rows exactly as apply does and write them as fmt ("sql" or "csv") into out; url
    (the plan's database) is only read, for the keys of rows it holds, as apply does (none for a snapshot)."""
    from seeder import generation as gen  # apply's generation steps: export cannot drift from apply

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    reader = Writer(url, plan.graph.dialect) if url is not None and any(t.current_rows for t in plan.tables) \
        else None  # only ever read: existing keys and unique values
    sink = _SqlSink(out, plan) if fmt == "sql" else _CsvSink(out, plan)
    result = ExportResult()
    kept = _kept(plan)
    store: dict[str, TableRows] = {}   # whole rows where rules read them, what deferred UPDATEs read
    filled: list[Reference] = []       # the deferred references done, each once both of its tables exist
    late: list[Update] = []
    with fewer_collections():   # see seeder.gctune
        try:
            pool = gen.preload(plan, reader)
            order = gen.steps(plan)
            last_read = gen.last_reads(plan, order)
            made: set[str] = set()
            for i, step in enumerate(order):  # as apply: generate, rollups in memory, write
                t0 = time.perf_counter()
                generated = gen.generate_step(plan, step, pool, reader, store)
                store.update((tp.table, rows) for tp, rows in zip(step, generated, strict=True)
                             if rows is not None and tp.table in kept)
                gen.apply_rollups(plan, store, {tp.table for tp in step})
                result.generate_seconds += time.perf_counter() - t0
                for tp, rows in zip(step, generated, strict=True):
                    made.add(tp.table)
                    if rows is None:
                        continue
                    sink.table(rows)
                    result.rows, result.tables = result.rows + rows.count, result.tables + 1
                    need = gen.deferred_columns(plan, tp.table)
                    if need and tp.table not in kept:
                        store[tp.table] = TableRows(tp.table, tuple(sorted(need)), {c: rows.data[c] for c in need})
                refs = gen.deferred_due(plan, made, filled)   # as apply: the pool then is apply's pool_after
                late += gen.deferred_updates(plan, pool, store, refs)
                filled += refs
                gen.trim_read(plan, store, i, last_read, keep_rollups=True)   # rollup UPDATEs come last
            updates = gen.rollup_updates(plan, store, gen.rollup_parents(plan, store)) + late   # after the inserts
        finally:
            if reader is not None:
                reader.close()
        result.updated = sum(len(u.rows) for u in updates)
        sink.finish(updates)
    result.files, result.seconds = sink.files, time.perf_counter() - started
    return result
