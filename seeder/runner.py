"""apply: generate every table in plan order and write it, atomically, with a run ledger.

The whole seed is one transaction: every row, the deferred UPDATEs, the ledger's key records and the
validation happen before COMMIT, so a failure (or a killed process, whose open transaction the server
rolls back) leaves the database as it was. Transient errors retry the whole transaction; generation is
deterministic, so a retry writes the same rows.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pymysql
from sqlalchemy.engine import URL

from introspect.graph import Reference
from seeder.audit import Audit
from seeder.csvload import column_kinds
from seeder.database import explain_denied
from seeder.errors import SeederError, TargetNotEmpty, WriteFailed
from seeder.gctune import fewer_collections
from seeder.generation import (
    apply_rollups,
    deferred_due,
    deferred_updates,
    final_tables,
    generate_step,
    last_reads,
    pool_after,
    preload,
    rollup_parents,
    rollup_updates,
    rollups_done,
    steps,
    trim_read,
)
from seeder.holds import Holds
from seeder.ledger import DEFAULT_LEDGER, Ledger, RunRecord, utcnow
from seeder.plan import Plan, TablePlan
from seeder.progress import NoProgress, Progress
from seeder.rows import TableRows
from seeder.validation import Validation
from seeder.verify import orphan_sql
from seeder.writer import Call, Insert, Writer, retrying

FINAL_CHECK_LANES = 2   # connections for the checks left after generation (10x TERP: 1.7 -> 1.0 s after the last write)


@dataclass(frozen=True)
class ApplySettings:
    """How to apply: ledger table, dry run, audit directory, retry budget."""

    ledger: str = DEFAULT_LEDGER
    dry_run: bool = False
    run_id: str | None = None
    audit_dir: Path | None = Path(".seeder/runs")
    attempts: int = 5
    keep_existing: bool = False   # tables holding the user's rows: keep them and point at them
    backup: str = ""              # path of the backup taken before the first write
    write_path: str = "auto"      # insert: multi-row INSERTs; load: LOAD DATA LOCAL INFILE (checked);
                                  # auto: load where the server allows it


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

    run_id: str = ""
    status: str = ""
    tables: list[TableStats] = field(default_factory=list)
    updated: int = 0
    seconds: float = 0.0
    generate_seconds: float = 0.0
    write_seconds: float = 0.0
    audit_path: str = ""

    @property
    def rows(self) -> int:
        return sum(t.written for t in self.tables)


def run_id_for(plan: Plan, now: datetime | None = None) -> str:
    """A readable, unique run id: UTC time plus a digest of what the run does."""
    now = now or utcnow()
    digest = hashlib.sha256(f"{plan.graph.fingerprint()}{plan.options}{now.isoformat()}".encode()).hexdigest()
    return f"{now:%Y%m%dT%H%M%S}-{digest[:8]}"


def apply_plan(plan: Plan, url: URL, settings: ApplySettings | None = None,
               progress: Progress | None = None) -> ApplyResult:
    """Write the plan into the database at url (or only generate it, for a dry run)."""
    settings = settings or ApplySettings()
    progress = progress or NoProgress()
    if not settings.keep_existing:
        check_no_user_data(plan)
    run_id = settings.run_id or run_id_for(plan)
    audit = Audit(run_id, settings.audit_dir)
    result = ApplyResult(run_id=run_id, audit_path=str(audit.path or ""))
    audit.event("run_planned", database=plan.graph.database, tables=len(plan.tables), rows=plan.total_rows,
                seed=plan.options.seed, profile=plan.options.profile, dry_run=settings.dry_run,
                fingerprint=plan.graph.fingerprint())
    writer = Writer(url, plan.graph.dialect, attempts=settings.attempts, write_path=settings.write_path)
    started = time.perf_counter()
    run = _Run(writer, result, audit, progress)
    with fewer_collections():   # the run allocates millions of objects it keeps: see seeder.gctune
        try:
            if plan.total_rows == 0:
                result.status = "nothing_to_add"
            elif settings.dry_run:
                progress.start(len(plan.tables), plan.total_rows, writing=False)
                _generate_all(plan, run)
                result.status = "dry_run"
            else:
                _apply_atomically(plan, run, Ledger(settings.ledger), run_id, settings)
        except pymysql.err.MySQLError as exc:
            denied = explain_denied(url, exc)
            if denied is None:
                raise
            raise SeederError(denied) from None
        finally:
            progress.finish()
            result.seconds = time.perf_counter() - started
            audit.event("run_finished", status=result.status or "failed", rows=result.rows,
                        seconds=round(result.seconds, 3), generate_seconds=round(result.generate_seconds, 3),
                        write_seconds=round(result.write_seconds, 3))
            writer.close()
            audit.close()
    return result


def check_no_user_data(plan: Plan) -> None:
    """Refuse, naming the tables, when the target holds rows the seeder did not insert."""
    busy = [f"{t.table} ({t.user_rows} rows)" for t in plan.tables if t.user_rows]
    if busy:
        raise TargetNotEmpty(
            f"{len(busy)} table(s) hold data the seeder did not insert: {', '.join(busy[:8])}"
            f"{' ...' if len(busy) > 8 else ''}; pass --keep-existing to leave those rows untouched and "
            "point new rows at them, or seed an empty database")


@dataclass
class _Run:
    """What one apply carries through its steps."""

    writer: Writer
    result: ApplyResult
    audit: Audit
    progress: Progress
    rolled_up: set[str] = field(default_factory=set)   # parents whose rolled-up columns are written
    deferred_done: list[Reference] = field(default_factory=list)   # deferred references filled


def _apply_atomically(plan: Plan, run: _Run, ledger: Ledger, run_id: str, settings: ApplySettings) -> None:
    writer, result, audit = run.writer, run.result, run.audit
    _take_lock(writer, plan)
    with writer.conn.cursor() as cur:
        ledger.ensure(cur)
        _abort_stale(cur, ledger, audit)
        ledger.start(cur, RunRecord(run_id=run_id, status="running", seed=plan.options.seed,
                                    profile=plan.options.profile, options=_options_dict(plan),
                                    fingerprint=plan.graph.fingerprint(), started_at=utcnow(),
                                    backup=settings.backup))
    writer.commit()

    def before_retry(state: Any) -> None:
        exc = state.outcome.exception()
        audit.event("run_retried", level="warning", attempt=state.attempt_number, error=str(exc))
        writer.recover(exc)
        _take_lock(writer, plan)   # a new connection holds no lock
        result.tables.clear()

    run.progress.start(len(plan.tables), plan.total_rows)
    try:
        for attempt in retrying(settings.attempts, before_retry):
            with attempt:
                _one_transaction(plan, run, ledger, run_id)
    except BaseException as exc:
        _record_failure(writer, ledger, run_id, exc, audit)
        raise
    result.status = "completed"


def _record_failure(writer: Writer, ledger: Ledger, run_id: str, exc: BaseException, audit: Audit) -> None:
    """Mark the run failed (its transaction is rolled back). If even that cannot reach the server, the run
    stays `running` and the next apply marks it aborted: the server rolled its transaction back."""
    audit.event("run_failed", level="error", error=str(exc))
    try:
        writer.recover(exc if isinstance(exc, Exception) else None)
        with writer.conn.cursor() as cur:
            ledger.finish(cur, run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        writer.commit()
    except pymysql.err.Error as second:
        audit.event("run_failure_not_recorded", level="error", error=str(second))


def _one_transaction(plan: Plan, run: _Run, ledger: Ledger, run_id: str) -> None:
    writer, result, audit = run.writer, run.result, run.audit
    result.updated = 0
    checks = Validation(plan, _orphan_counts(plan, writer))
    written = _generate_all(plan, run, checks)
    t0 = time.perf_counter()
    writer.final_checks(FINAL_CHECK_LANES)   # the checks left run side by side, writes or not
    late = rollup_parents(plan, written) - run.rolled_up   # none: each is written once its children exist
    result.updated += writer.execute(rollup_updates(plan, written, late))
    late_refs = deferred_due(plan, written, run.deferred_done)   # none: each is filled once its tables exist
    result.updated += writer.execute(deferred_updates(plan, pool_after(plan, writer, written, late_refs), written,
                                                      late_refs))
    with writer.conn.cursor() as cur:
        for name, rows in written.items():
            table = plan.graph.table(name)
            key = table.primary_key or rows.columns
            keys = list(zip(*[rows.data[c] for c in key], strict=True))
            ledger.record_keys(cur, run_id, name, key, keys, full_rows=not table.primary_key)
    _check(writer, checks, None)
    writer.drain()
    audit.event("run_validated", checks=checks.checks, problems=checks.problems)
    _refuse_on_problems(checks)
    with writer.conn.cursor() as cur:
        ledger.finish(cur, run_id, "completed", rows={t: r.count for t, r in written.items()})
    writer.commit()
    result.write_seconds += time.perf_counter() - t0
    audit.event("run_committed", rows=result.rows, updated=result.updated)


def _generate_all(plan: Plan, run: _Run, checks: Validation | None = None) -> dict[str, TableRows]:
    """Generate every step; with checks (a write), insert each table, write each parent's rolled-up
    columns once its last rollup child exists, and start the checks of the tables that are then final.
    A rollup parent (and what references it meanwhile) may wait, to be inserted once final (seeder.holds)."""
    writer, result = run.writer, run.result
    pool = preload(plan, writer)
    written: dict[str, TableRows] = {}
    run.rolled_up, run.deferred_done = set(), []
    holds = Holds.for_plan(plan)
    order = steps(plan)
    last_read = last_reads(plan, order)
    for i, step in enumerate(order):
        grouped = len(step) > 1
        t0 = time.perf_counter()
        for tp in step:
            run.progress.table(tp.table, tp.rows)
        generated = generate_step(plan, step, pool, writer, written)
        run.progress.generated(sum(tp.rows for tp in step), sum(r.count for r in generated if r is not None))
        for tp, rows in zip(step, generated, strict=True):
            if rows is not None:
                written[tp.table] = rows
        apply_rollups(plan, written, {tp.table for tp in step})
        t1 = time.perf_counter()
        result.generate_seconds += t1 - t0
        done = rollups_done(plan, written) - run.rolled_up if checks else set()
        waiting: set[str] = set()   # generated, not written yet (seeder.holds): only while checks are made
        if checks and grouped:   # written with foreign-key checks off, together: what they reference first
            _write(run, holds.release(set().union(*(holds.blockers(tp.table) for tp in step))),
                   written, plan)
        for tp, rows in zip(step, generated, strict=True):
            stats = TableStats(tp.table, tp.rows)
            if rows is not None:
                stats.written = rows.count
                if checks and not holds.arrive(tp.table, rows.count, tp.table in done, can_wait=not grouped):
                    _write(run, [tp.table], written, plan, fk_checks=not grouped)
            stats.seconds = (t1 - t0) / len(step) + time.perf_counter() - t1   # generation + writing
            result.tables.append(stats)
        if grouped and checks:
            _check_group(plan, step, writer)
        if checks:
            final_later = done & set(holds.waiting)   # inserted later, with the final values: no UPDATE
            _write(run, holds.release(done & holds.held), written, plan)
            _write(run, holds.release(holds.outgrown()), written, plan)   # UPDATEd later
            for update in rollup_updates(plan, written, done - final_later):
                writer.submit(update)
                result.updated += len(update.rows)
            run.rolled_up |= done
            waiting = set(holds.waiting)
            inserted = [t for t in written if t not in waiting]
            refs = deferred_due(plan, inserted, run.deferred_done)
            for update in deferred_updates(plan, pool_after(plan, writer, written, refs), written, refs):
                writer.submit(update)
                result.updated += len(update.rows)
            run.deferred_done += refs
            _check(writer, checks, final_tables(plan, {t: written[t] for t in inserted}, run.rolled_up,
                                                run.deferred_done))
            _refuse_on_problems(checks)   # a check already made failed: stop generating
        trim_read(plan, {t: r for t, r in written.items() if t not in waiting}, i, last_read)
        result.write_seconds += time.perf_counter() - t1
    if checks and holds.waiting:   # none: every parent is final once the last table is generated
        _write(run, holds.release(holds.held), written, plan)
    return written


def _write(run: _Run, tables: list[str], written: dict[str, TableRows], plan: Plan, fk_checks: bool = True) -> None:
    """Queue the tables' rows for the writer (which checks that the server stores every row it sends)."""
    for table in tables:
        rows = written[table]
        _insert(run, rows, plan.options.batch_size, fk_checks, tuple(column_kinds(plan.graph.table(table), rows.columns)))


def _check(writer: Writer, checks: Validation, final: set[str] | None) -> None:
    """Hand the checks whose tables are final (None: all) to the writer's thread."""
    for check in checks.due(final):
        writer.submit(Call(check.name, lambda query, check=check: checks.judge(check, query)))


def _refuse_on_problems(checks: Validation) -> None:
    if checks.problems:
        raise SeederError("validation failed before commit, nothing was kept: " + "; ".join(checks.problems[:5]))


def _insert(run: _Run, rows: TableRows, batch_size: int, fk_checks: bool, kinds: tuple[str, ...]) -> int:
    """Queue the table's rows for the writer's thread, which writes them in batches while the next
    tables are generated (the rows are already in memory: the queue holds no copy of them)."""
    op = Insert(rows.table, rows.columns, kinds=kinds, values=[rows.data[c] for c in rows.columns],
                batch_size=batch_size)
    run.writer.submit(op, fk_checks, on_done=run.progress.written)
    run.audit.event("table_written", table=rows.table, rows=op.count)
    return op.count


def _check_group(plan: Plan, step: tuple[TablePlan, ...], writer: Writer) -> None:
    """After a NOT NULL cycle was written with checks off, prove that nothing dangles."""
    names = {tp.table for tp in step}
    for ref in plan.references:
        if ref.table in names and ref.ref_table in names:
            count = writer.query(orphan_sql(ref, count=True))[0][0]
            if count:
                raise WriteFailed(f"{count} rows of {ref.table}.{','.join(ref.columns)} point at no "
                                  f"{ref.ref_table} row after the cycle was written")


def _orphan_counts(plan: Plan, writer: Writer) -> dict[int, int]:
    """Orphans per used reference before the run: the run may add none. A declared foreign key of a table
    written with foreign-key checks on (not in a NOT NULL cycle group) is left out: the server refuses
    every orphan there itself."""
    touched = {tp.table for tp in plan.tables if tp.rows}
    return {i: writer.query(orphan_sql(ref, count=True))[0][0]
            for i, ref in enumerate(plan.references)
            if ref.table in touched and not (ref.kind == "declared" and not plan.table(ref.table).group)}


def _take_lock(writer: Writer, plan: Plan) -> None:
    name = f"seeder:{plan.graph.database}"[:64]
    if writer.query("SELECT GET_LOCK(%s, 0)", (name,))[0][0] != 1:
        raise SeederError(f"another seeder run is writing to {plan.graph.database}; wait for it to finish")


def _abort_stale(cur: Any, ledger: Ledger, audit: Audit) -> None:
    """With the lock held, a run still marked running died: its transaction was rolled back."""
    for run in ledger.runs(cur):
        if run.status == "running":
            ledger.finish(cur, run.run_id, "aborted", error="the process ended before commit; nothing was kept")
            audit.event("stale_run_aborted", stale_run=run.run_id)


def _options_dict(plan: Plan) -> dict[str, Any]:
    o = plan.options
    start, end = plan.env.start, plan.env.end
    return {"seed": o.seed, "profile": o.profile, "rows": dict(o.rows), "rules": o.rules_dir,
            "start": start.isoformat(), "end": end.isoformat(), "threshold": o.threshold}
