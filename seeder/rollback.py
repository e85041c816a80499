"""rollback: delete exactly the rows a run inserted, and nothing else.

Refused when rows the run did not insert now point at the run's rows (the refusal names them).
The delete runs in one transaction; keys are matched through temporary tables.
"""

from __future__ import annotations

from typing import Any

from introspect.dialect import quote_ident as q
from introspect.graph import Polymorphic, Reference, SchemaGraph
from seeder.errors import SeederError
from seeder.ledger import Ledger, RunRecord
from seeder.writer import Writer


def find_run(cur: Any, ledger: Ledger, run_id: str) -> RunRecord:
    if not ledger.exists(cur):
        raise SeederError("this database has no run ledger: the seeder never wrote here")
    runs = {r.run_id: r for r in ledger.runs(cur)}
    if run_id not in runs:
        raise SeederError(f"no run {run_id!r} in the ledger; `seeder runs` lists them")
    return runs[run_id]


def rollback_run(writer: Writer, graph: SchemaGraph, refs: tuple[Reference, ...],
                 polys: tuple[Polymorphic, ...], ledger: Ledger, run_id: str) -> dict[str, int]:
    """Delete the run's rows in reverse dependency order; return rows deleted per table."""
    with writer.conn.cursor() as cur:
        run = find_run(cur, ledger, run_id)
        if run.status != "completed":
            raise SeederError(f"run {run_id} is {run.status}: only a completed run has rows to take back")
        keys = ledger.keys_of(cur, run_id)
    # two temporary copies per table: MySQL cannot open one temporary table twice in a query
    tmp = {t: f"_seeder_rb_{i}" for i, t in enumerate(sorted(keys))}
    try:
        with writer.conn.cursor() as cur:
            for table, (cols, kind, values) in keys.items():
                _load_keys(cur, table, tmp[table], cols, values, kind)
                _load_keys(cur, table, tmp[table] + "_o", cols, values, kind)
            blockers = _dependents(cur, graph, refs, polys, keys, tmp)
            if blockers:
                raise SeederError("rows the run did not insert now point at its rows: "
                                  + "; ".join(blockers[:8]) + ". Delete or repoint them first.")
            deleted = {t: _delete(cur, t, tmp[t], keys[t][0], keys[t][1]) for t in _reverse_order(graph, keys)}
            short = [f"{t}: {deleted[t]} of {len(keys[t][2])}" for t in keys if deleted[t] != len(keys[t][2])]
            if short:
                raise SeederError("rows of the run are missing (changed or deleted since): " + "; ".join(short)
                                  + "; nothing was deleted")
            ledger.set_status(cur, run_id, "rolled_back")
        writer.commit()
    except BaseException:
        writer.rollback()
        raise
    finally:
        with writer.conn.cursor() as cur:
            for name in tmp.values():
                cur.execute(f"DROP TEMPORARY TABLE IF EXISTS {q(name)}, {q(name + '_o')}")
    return deleted


def _load_keys(cur: Any, table: str, tmp: str, cols: tuple[str, ...], values: list[Any], kind: str) -> None:
    col_list = ", ".join(q(c) for c in cols)
    cur.execute(f"DROP TEMPORARY TABLE IF EXISTS {q(tmp)}")
    cur.execute(f"CREATE TEMPORARY TABLE {q(tmp)} AS SELECT {col_list} FROM {q(table)} LIMIT 0")
    marks = ", ".join(["%s"] * len(cols))
    for i in range(0, len(values), 2000):
        cur.executemany(f"INSERT INTO {q(tmp)} ({col_list}) VALUES ({marks})", values[i:i + 2000])


def _match(alias: str, other: str, cols: tuple[str, ...]) -> str:
    return " AND ".join(f"{alias}.{q(c)} <=> {other}.{q(c)}" for c in cols)


def _dependents(cur: Any, graph: SchemaGraph, refs: tuple[Reference, ...], polys: tuple[Polymorphic, ...],
                keys: dict[str, Any], tmp: dict[str, str]) -> list[str]:
    """Rows outside the run that reference rows of the run."""
    found = []
    for ref in refs:
        if ref.ref_table not in keys:
            continue
        on = " AND ".join(f"c.{q(cc)} = p.{q(rc)}" for cc, rc in zip(ref.columns, ref.ref_columns, strict=True))
        n = _count_outside(cur, ref.table, f"JOIN {q(ref.ref_table)} p ON {on}", ref.ref_table, keys, tmp)
        if n:
            found.append(f"{n} rows of {ref.table}.{','.join(ref.columns)} -> {ref.ref_table}")
    for poly in polys:
        for value, target in poly.targets:
            pk = graph.table(target).primary_key
            if target not in keys or len(pk) != 1:
                continue
            join = f"JOIN {q(target)} p ON c.{q(poly.id_column)} = p.{q(pk[0])} AND c.{q(poly.type_column)} = %s"
            n = _count_outside(cur, poly.table, join, target, keys, tmp, (value,))
            if n:
                found.append(f"{n} rows of {poly.table}.{poly.id_column} ({value}) -> {target}")
    return found


def _count_outside(cur: Any, child: str, join_parent: str, parent: str, keys: dict[str, Any],
                   tmp: dict[str, str], args: tuple[Any, ...] = ()) -> int:
    """Rows of child, not inserted by the run, joined to a parent row the run inserted."""
    sql = (f"SELECT COUNT(*) FROM {q(child)} c {join_parent} "
           f"JOIN {q(tmp[parent])} k ON {_match('p', 'k', keys[parent][0])}")
    if child in keys:
        sql += (f" WHERE NOT EXISTS (SELECT 1 FROM {q(tmp[child] + '_o')} o "
                f"WHERE {_match('c', 'o', keys[child][0])})")
    cur.execute(sql, args or None)
    return int(cur.fetchone()[0])


def _reverse_order(graph: SchemaGraph, keys: dict[str, Any]) -> list[str]:
    """Children before parents (the declared references decide), ties by name."""
    from seeder.ordering import plan_order

    order = plan_order(graph, graph.declared).order
    return [t for t in reversed(order) if t in keys]


def _delete(cur: Any, table: str, tmp: str, cols: tuple[str, ...], kind: str) -> int:
    """Delete the run's rows; checks off for this transaction only: no outside row depends on them."""
    cur.execute("SET SESSION foreign_key_checks = 0")
    try:
        if kind == "rows":   # no primary key: one row per recorded row, matched on every column
            cur.execute(f"SELECT {', '.join(q(c) for c in cols)} FROM {q(tmp)}")
            total = 0
            for row in cur.fetchall():
                where = " AND ".join(f"{q(c)} <=> %s" for c in cols)
                total += cur.execute(f"DELETE FROM {q(table)} WHERE {where} LIMIT 1", row)
            return total
        return cur.execute(f"DELETE t FROM {q(table)} t JOIN {q(tmp)} k ON {_match('t', 'k', cols)}")
    finally:
        cur.execute("SET SESSION foreign_key_checks = 1")
