"""Generation steps shared by apply and export, so that both produce exactly the same rows.

Tables are generated in plan order (NOT NULL cycle groups together); each new table's keys join the
pool its children pick from; rollups run in memory as soon as a parent's children exist. Then come the
UPDATEs: apply writes rolled-up columns once a parent's last child table exists, and the references that
broke cycles once both of their tables exist; export writes both after every insert. Same values.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from introspect.graph import Reference
from seeder.errors import SeederError
from seeder.keypool import KeyPool
from seeder.plan import Plan, TablePlan
from seeder.rows import TableRows, generate_table
from seeder.rowview import RowRef, row_refs
from seeder.ruleset.api import total
from seeder.ruleset.loader import DERIVED_KEY
from seeder.seeds import stream
from seeder.state import read_tuples
from seeder.values.fitcolumn import make_column_fitter
from seeder.writer import Update, Writer


def generate_step(plan: Plan, step: tuple[TablePlan, ...], pool: KeyPool, writer: Writer,
                   store: dict[str, TableRows]) -> list[Any]:
    needed = needed_keys(plan)
    if len(step) > 1:  # keys chosen before insert: integer primary keys are sequential
        for tp in step:
            pk = plan.graph.table(tp.table).primary_key
            pool.add(tp.table, pk, [(k,) for k in range(tp.key_start, tp.key_start + tp.rows)])
    out = []
    for tp in step:
        if not tp.rows:
            out.append(None)
            continue
        existing = existing_uniques(plan, tp, writer) if tp.current_rows else {}
        out.append(generate_table(plan, tp, pool, existing, store, plan.rules.fixtures(tp.table)))
    for tp, rows in zip(step, out, strict=True):
        if rows is not None:
            for cols in needed.get(tp.table, ()):
                before = read_existing(writer, tp, cols)
                pool.set(tp.table, cols, before + list(zip(*[rows.data[c] for c in cols], strict=True)))
    return out


def steps(plan: Plan) -> list[tuple[TablePlan, ...]]:
    """Tables one by one, except NOT NULL cycle groups, which form one step."""
    steps: list[tuple[TablePlan, ...]] = []
    done: set[str] = set()
    for tp in plan.tables:
        if tp.table in done:
            continue
        members = tuple(plan.table(t) for t in plan.ordering.order if t in tp.group) if tp.group else (tp,)
        steps.append(members)
        done |= {m.table for m in members}
    return steps


def needed_keys(plan: Plan) -> dict[str, set[tuple[str, ...]]]:
    needed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for ref in plan.references:
        needed[ref.ref_table].add(ref.ref_columns)
    for tp in plan.tables:
        for poly in tp.polymorphic:
            for _, target in poly.targets:
                needed[target].add(plan.graph.table(target).primary_key)
    return needed


def read_existing(writer: Writer | None, tp: TablePlan, cols: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Values of the columns in the rows the table held before the run (none without a reader)."""
    if not tp.current_rows or writer is None:
        return []
    with writer.conn.cursor() as cur:
        return read_tuples(cur, tp.table, cols)


def preload(plan: Plan, writer: Writer) -> KeyPool:
    """Keys of the rows already in the target, so new rows can point at them."""
    pool = KeyPool()
    for table, col_sets in needed_keys(plan).items():
        tp = plan.table(table)
        for cols in col_sets:
            pool.set(table, cols, read_existing(writer, tp, cols))
    return pool


def pool_after(plan: Plan, writer: Writer | None, written: dict[str, TableRows],
               refs: list[Reference] | None = None) -> KeyPool:
    """The keys the deferred references (or refs of them) pick from: the rows before the run and those
    written."""
    pool = KeyPool()
    chosen = [ref for ref in plan.ordering.deferred if refs is None or _is_in(ref, refs)]
    for table, cols in {(ref.ref_table, ref.ref_columns) for ref in chosen}:
        rows = written.get(table)
        new = list(zip(*[rows.data[c] for c in cols], strict=True)) if rows else []
        pool.set(table, cols, read_existing(writer, plan.table(table), cols) + new)
    return pool


def readers(plan: Plan) -> dict[str, set[str]]:
    """For each table, the tables whose generation reads its whole rows: rule functions of the tables
    that reference it (row.parent), the expand functions that read it, and the rollups over it or of
    it (a parent's rollups run again, over all its child tables, whenever one of them is generated)."""
    out: dict[str, set[str]] = defaultdict(set)
    for tp in plan.tables:
        if any(c.spec is not None and c.spec.key == DERIVED_KEY for c in tp.columns):
            for ref in tp.references:
                out[ref.ref_table].add(tp.table)
    for table, read in plan.rules.reads():
        out[read].add(table)
    family: dict[str, set[str]] = defaultdict(set)
    for parent, roll in plan.rules.rollups():
        family[parent] |= {parent, roll.child}
    for members in family.values():
        for table in members:
            out[table] |= members
    return out


def last_reads(plan: Plan, order: list[tuple[TablePlan, ...]]) -> dict[str, int]:
    """For each table read whole by a later step, the index (in order) of the last such step."""
    step_of = {tp.table: i for i, step in enumerate(order) for tp in step}
    return {table: max(step_of[r] for r in by) for table, by in readers(plan).items() if by}


def trim_read(plan: Plan, store: dict[str, TableRows], done: int, last: dict[str, int],
              keep_rollups: bool = False) -> None:
    """Once step `done` is generated, keep of each table no later step reads only what the end of the
    run needs: the primary key (ledger records), what the deferred UPDATEs read (deferred_columns), and
    with keep_rollups the rolled-up columns; a table without a primary key is kept whole."""
    for table, rows in store.items():
        if rows.trimmed_count is not None or last.get(table, -1) > done:
            continue
        pk = plan.graph.table(table).primary_key
        if not pk:
            continue
        keep = set(pk) | deferred_columns(plan, table)
        if keep_rollups:
            keep |= {roll.column for parent, roll in plan.rules.rollups() if parent == table}
        rows.trim(keep)


def existing_uniques(plan: Plan, tp: TablePlan, writer: Writer) -> dict[tuple[str, ...], set[tuple[Any, ...]]]:
    table = plan.graph.table(tp.table)
    return {key: set(read_existing(writer, tp, key)) for key in table.all_unique_keys}


def apply_rollups(plan: Plan, written: dict[str, TableRows], children: set[str]) -> None:
    """Compute, in memory, the rollups of every parent that has one over the given child tables, as soon
    as the children exist: from a parent's first rollup over them on, its rollups whose children exist run
    (again), in rule order, so a total computed from one child table is seen by the rollups after it."""
    groups: dict[tuple[str, str], dict[Any, list[Any]]] = {}   # (child, via) -> child rows by parent key
    parents: dict[str, list[RowRef]] = {}                      # live views of the parent rows
    started: set[str] = set()
    for parent, roll in plan.rules.rollups():
        if roll.child in children:
            started.add(parent)
        rows, kids = written.get(parent), written.get(roll.child)
        if parent not in started or kids is None or rows is None:
            continue
        ref = next((r for r in plan.references if r.table == roll.child and r.columns == (roll.via,)
                    and r.ref_table == parent), None)
        if ref is None:
            raise SeederError(f"Rollup {parent}.{roll.column}: {roll.child}.{roll.via} is no reference to {parent}")
        keys = rows.data[ref.ref_columns[0]]
        if roll.of is not None:
            values = _sums(kids.data[roll.via], kids.data[roll.of], keys)
        else:
            grouped = groups.get((roll.child, roll.via))
            if grouped is None:
                grouped = groups[(roll.child, roll.via)] = defaultdict(list)
                for key, kid in zip(kids.data[roll.via], row_refs(kids), strict=True):
                    grouped[key].append(kid)
            views = parents.setdefault(parent, row_refs(rows))   # see each rolled-up column once it is set
            fn = roll.fn
            values = [fn(v, grouped.get(k) or []) for v, k in zip(views, keys, strict=True)]
        column = plan.graph.table(parent).column(roll.column)
        rows.data[roll.column] = make_column_fitter(column, null_checked=True)(values)


def _sums(via: list[Any], of: list[Any], keys: list[Any]) -> list[Decimal]:
    """Rollup.sum, column-wise: per parent key, the total of its children's values (no row views)."""
    groups: dict[Any, list[Any]] = defaultdict(list)
    for key, value in zip(via, of, strict=True):
        groups[key].append(value)
    return [total(groups.get(key, ())) for key in keys]


def rollup_parents(plan: Plan, written: dict[str, TableRows]) -> set[str]:
    """The generated tables that have rolled-up columns."""
    return {parent for parent, _ in plan.rules.rollups() if parent in written}


def rollups_done(plan: Plan, written: dict[str, TableRows]) -> set[str]:
    """The generated parents whose rollups are final: every child table they roll up is generated (or
    gets no rows)."""
    waiting = {parent for parent, roll in plan.rules.rollups()
               if roll.child not in written and plan.table(roll.child).rows}
    return rollup_parents(plan, written) - waiting


def deferred_due(plan: Plan, written: Collection[str], done: list[Reference]) -> list[Reference]:
    """The deferred references not done yet whose table and referenced table are both generated (the
    tables written, or their names) or get no rows: their UPDATEs can go now."""
    def ready(table: str) -> bool:
        return table in written or not plan.table(table).rows
    return [ref for ref in plan.ordering.deferred
            if not _is_in(ref, done) and ready(ref.table) and ready(ref.ref_table)]


def _is_in(ref: Reference, refs: Sequence[Reference]) -> bool:
    return any(ref is r for r in refs)   # the plan's own objects: identity, not equal-looking references


def final_tables(plan: Plan, written: dict[str, TableRows], rolled_up: set[str],
                 deferred_done: list[Reference] | None = None) -> set[str]:
    """Tables no later step of the run changes: written or getting no rows, their rolled-up columns
    written, no deferred reference left to fill (deferred_done: those filled)."""
    deferred = {ref.table for ref in plan.ordering.deferred if not _is_in(ref, deferred_done or [])}
    pending = rollup_parents(plan, written) - rolled_up
    return {tp.table for tp in plan.tables
            if (tp.table in written or not tp.rows) and tp.table not in pending and tp.table not in deferred}


def rollup_updates(plan: Plan, written: dict[str, TableRows], parents: set[str]) -> list[Update]:
    """UPDATEs writing the rolled-up columns (already computed in memory) of the rows just inserted:
    one per parent table of `parents`, setting all of its rolled-up columns."""
    columns: dict[str, list[str]] = defaultdict(list)
    for parent, roll in plan.rules.rollups():
        if parent in written and parent in parents and roll.column not in columns[parent]:
            columns[parent].append(roll.column)
    updates: list[Update] = []
    for parent, cols in columns.items():
        rows, table = written[parent], plan.graph.table(parent)
        keep = tuple(c.name for c in table.columns if c.on_update_now)
        values = zip(*[rows.data[c] for c in (*cols, *table.primary_key)], strict=True)
        updates.append(Update(parent, tuple(cols), table.primary_key, list(values), keep))
    return updates


def deferred_updates(plan: Plan, pool: KeyPool, written: dict[str, TableRows],
                     refs: list[Reference] | None = None) -> list[Update]:
    """UPDATEs for the nullable references that broke cycles (or refs of them), by primary key. Where the
    referenced table points back (people.department_id for departments.head_person_id), a row points at
    one of the rows that point at it (a department's head works there) and stays NULL when none does;
    else every row points at a row of the pool. Each reference's values depend only on its own rows and
    the tables it joins, not on when it is filled."""
    updates: list[Update] = []
    for ref in plan.ordering.deferred:
        if refs is not None and not _is_in(ref, refs):
            continue
        rows = written.get(ref.table)
        pk = plan.graph.table(ref.table).primary_key
        parents = pool.get(ref.ref_table, ref.ref_columns)
        if rows is None or not pk or not parents:
            continue
        rng = stream(plan.options.seed, ref.table, "deferred", *ref.columns)
        keys = list(zip(*[rows.data[c] for c in pk], strict=True))
        back, kids = back_reference(plan, ref), written.get(ref.ref_table)
        if back is not None and kids is not None:
            values = _pointing_here(rows, kids, ref, back, rng)
            pairs = [(v, k) for v, k in zip(values, keys, strict=True) if v is not None]
        else:
            pairs = [(parents[rng.randrange(len(parents))], k) for k in keys]
        keep = tuple(c.name for c in plan.graph.table(ref.table).columns if c.on_update_now)
        if pairs:
            updates.append(Update(ref.table, ref.columns, pk, [v + k for v, k in pairs], keep))
    return updates


def back_reference(plan: Plan, ref: Reference) -> Reference | None:
    """The first reference (not itself deferred) from ref's referenced table back to ref's table: the rows
    that point at a row are those its deferred reference picks from."""
    return next((r for r in plan.references if r.table == ref.ref_table and r.ref_table == ref.table
                 and not r.is_self and not _is_in(r, plan.ordering.deferred)), None)


def _pointing_here(rows: TableRows, kids: TableRows, ref: Reference, back: Reference,
                   rng: random.Random) -> list[tuple[Any, ...] | None]:
    """Per row of `rows`, ref's value: the key of one of the `kids` rows whose `back` columns point at it
    (chosen by rng where several do), None where none does."""
    pointing: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for target, key in zip(zip(*[kids.data[c] for c in back.columns]), zip(*[kids.data[c] for c in ref.ref_columns]),
                           strict=True):
        if None not in target:
            pointing[target].append(key)
    out: list[tuple[Any, ...] | None] = []
    for target in zip(*[rows.data[c] for c in back.ref_columns], strict=True):
        found = pointing.get(target)
        out.append(None if not found else found[0] if len(found) == 1 else found[rng.randrange(len(found))])
    return out


def deferred_columns(plan: Plan, table: str) -> set[str]:
    """The columns of `table` the deferred UPDATEs read once it is generated: its primary key and the
    columns back references point at (as the table filled), the columns picked and the back references'
    own (as the table referenced)."""
    cols: set[str] = set()
    for ref in plan.ordering.deferred:
        back = back_reference(plan, ref)
        if ref.table == table:
            cols |= set(plan.graph.table(table).primary_key) | set(back.ref_columns if back else ())
        if ref.ref_table == table:
            cols |= set(ref.ref_columns) | set(back.columns if back else ())
    return cols
