"""apply: generate every table in plan order and write it; deferred references last."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

import structlog
from sqlalchemy.engine import URL

from seeder.errors import TargetNotEmpty, WriteFailed
from seeder.keypool import KeyPool
from seeder.plan import Plan, TablePlan
from seeder.rows import TableRows, generate_table
from seeder.seeds import stream
from seeder.writer import Insert, Update, Writer

log = structlog.get_logger()


@dataclass
class TableStats:
    """What apply did to one table."""

    table: str
    planned: int
    written: int = 0
    seconds: float = 0.0


@dataclass
class ApplyResult:
    """Totals of one apply."""

    tables: list[TableStats] = field(default_factory=list)
    updated: int = 0
    seconds: float = 0.0
    generate_seconds: float = 0.0
    write_seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.written for t in self.tables)


def check_empty(plan: Plan) -> None:
    """Refuse to write into tables that already hold rows: nothing of the user's is touched."""
    busy = [f"{t.table} ({t.current_rows} rows)" for t in plan.tables if t.rows and t.current_rows]
    if busy:
        raise TargetNotEmpty(
            f"{len(busy)} table(s) already hold data: {', '.join(busy[:8])}{' ...' if len(busy) > 8 else ''}; "
            "seed an empty database, or skip them with --rows TABLE=0")


def apply_plan(plan: Plan, url: URL) -> ApplyResult:
    """Write the plan into the database at url."""
    check_empty(plan)
    started = time.perf_counter()
    result = ApplyResult()
    pool = KeyPool()
    needed = _needed_keys(plan)
    writer = Writer(url, plan.graph.dialect)
    written: dict[str, TableRows] = {}
    try:
        for step in _steps(plan):
            _write_step(plan, step, pool, needed, writer, written, result)
        result.updated = _write_deferred(plan, pool, writer, written)
    finally:
        writer.close()
    result.seconds = time.perf_counter() - started
    return result


def _steps(plan: Plan) -> list[tuple[TablePlan, ...]]:
    """Tables one by one, except NOT NULL cycle groups, which form one step."""
    steps: list[tuple[TablePlan, ...]] = []
    done: set[str] = set()
    for tp in plan.tables:
        if tp.table in done:
            continue
        if tp.group:
            members = tuple(plan.table(t) for t in plan.ordering.order if t in tp.group)
            steps.append(members)
            done |= set(tp.group)
        else:
            steps.append((tp,))
            done.add(tp.table)
    return steps


def _needed_keys(plan: Plan) -> dict[str, set[tuple[str, ...]]]:
    needed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for ref in plan.references:
        needed[ref.ref_table].add(ref.ref_columns)
    for tp in plan.tables:
        for poly in tp.polymorphic:
            for _, target in poly.targets:
                needed[target].add(plan.graph.table(target).primary_key)
    return needed


def _write_step(plan: Plan, step: tuple[TablePlan, ...], pool: KeyPool,
                needed: dict[str, set[tuple[str, ...]]], writer: Writer,
                written: dict[str, TableRows], result: ApplyResult) -> None:
    grouped = len(step) > 1
    if grouped:  # keys chosen before insert: integer primary keys are sequential
        for tp in step:
            pk = plan.graph.table(tp.table).primary_key
            pool.set(tp.table, pk, [(k,) for k in range(tp.key_start, tp.key_start + tp.rows)])
    t0 = time.perf_counter()
    generated = [generate_table(plan, tp, pool) if tp.rows else None for tp in step]
    for tp, rows in zip(step, generated, strict=True):
        if rows is not None:
            for cols in needed.get(tp.table, ()):
                pool.set(tp.table, cols, list(zip(*[rows.data[c] for c in cols], strict=True)))
    t1 = time.perf_counter()
    result.generate_seconds += t1 - t0
    for tp, rows in zip(step, generated, strict=True):
        stats = TableStats(tp.table, tp.rows)
        if rows is not None:
            stats.written = _insert(writer, rows, plan.options.batch_size, fk_checks=not grouped)
            written[tp.table] = rows
        stats.seconds = time.perf_counter() - t1
        result.tables.append(stats)
        log.info("table_written", table=tp.table, rows=stats.written, seconds=round(stats.seconds, 3))
    if grouped:
        _check_group(plan, step, writer)
    result.write_seconds += time.perf_counter() - t1


def _insert(writer: Writer, rows: TableRows, batch_size: int, fk_checks: bool) -> int:
    total = 0
    for start in range(0, rows.count, batch_size):
        chunk = rows.rows(start, start + batch_size)
        total += writer.write([Insert(rows.table, rows.columns, chunk)], fk_checks=fk_checks)
    return total


def _check_group(plan: Plan, step: tuple[TablePlan, ...], writer: Writer) -> None:
    """After a NOT NULL cycle was written with checks off, prove that nothing dangles."""
    from seeder.verify import orphan_sql  # local: verify imports nothing of the runner

    names = {tp.table for tp in step}
    for ref in plan.references:
        if ref.table in names and ref.ref_table in names:
            count = writer.query(orphan_sql(ref, count=True))[0][0]
            if count:
                raise WriteFailed(f"{count} rows of {ref.table}.{','.join(ref.columns)} point at no "
                                  f"{ref.ref_table} row after the cycle was written")


def _write_deferred(plan: Plan, pool: KeyPool, writer: Writer, written: dict[str, TableRows]) -> int:
    """Fill the nullable references that broke cycles, by primary key, in one transaction."""
    updates: list[Update] = []
    for ref in plan.ordering.deferred:
        rows = written.get(ref.table)
        pk = plan.graph.table(ref.table).primary_key
        parents = pool.get(ref.ref_table, ref.ref_columns)
        if rows is None or not pk or not parents:
            log.warning("deferred_reference_left_null", table=ref.table, columns=list(ref.columns),
                        why="no primary key" if not pk else "no parent rows")
            continue
        rng = stream(plan.options.seed, ref.table, "deferred", *ref.columns)
        keys = list(zip(*[rows.data[c] for c in pk], strict=True))
        vals = [parents[rng.randrange(len(parents))] for _ in keys]
        keep = tuple(c.name for c in plan.graph.table(ref.table).columns if c.on_update_now)
        updates.append(Update(ref.table, ref.columns, pk, [v + k for v, k in zip(vals, keys, strict=True)], keep))
    return writer.write(updates) if updates else 0
