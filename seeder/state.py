"""Read what the target holds before a run: row counts, highest keys, existing keys and unique values."""

from __future__ import annotations

from typing import Any

from introspect.dialect import quote_ident as q
from introspect.graph import SchemaGraph
from seeder.ledger import Ledger
from seeder.plan import DatabaseState


def read_state(cur: Any, graph: SchemaGraph, ledger: Ledger) -> DatabaseState:
    """Rows per table, rows earlier completed runs seeded, and the highest integer primary key."""
    counts: dict[str, int] = {}
    max_keys: dict[str, int] = {}
    for table in graph.tables:
        cur.execute(f"SELECT COUNT(*) FROM {q(table.name)}")
        counts[table.name] = int(cur.fetchone()[0])
        pk = table.primary_key
        if counts[table.name] and len(pk) == 1 and table.column(pk[0]).family == "integer":
            cur.execute(f"SELECT MAX({q(pk[0])}) FROM {q(table.name)}")
            max_keys[table.name] = int(cur.fetchone()[0] or 0)
    seeded = ledger.seeded_rows(cur) if ledger.exists(cur) else {}
    return DatabaseState(current_rows=counts, seeded_rows=seeded, max_keys=max_keys)


def read_tuples(cur: Any, table: str, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Every value tuple of the columns (rows with a NULL among them left out)."""
    cols = ", ".join(q(c) for c in columns)
    notnull = " AND ".join(f"{q(c)} IS NOT NULL" for c in columns)
    cur.execute(f"SELECT {cols} FROM {q(table)} WHERE {notnull}")
    return [tuple(r) for r in cur.fetchall()]
