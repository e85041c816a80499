"""Row-count profiles: how many rows each table gets before rules and --rows overrides.

A root table (no parents) gets `base_rows`. A detail table (its name starts with the name of a
parent it references NOT NULL, e.g. order_items -> orders) gets `child_factor` rows per parent row.
Every other table gets `base_rows`. Nothing exceeds `max_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass

from introspect.graph import Reference, SchemaGraph
from introspect.names import singular, tokens


@dataclass(frozen=True)
class Profile:
    """Volumes of one profile."""

    name: str
    base_rows: int
    child_factor: int
    max_rows: int


PROFILES = {
    "default": Profile("default", base_rows=40, child_factor=3, max_rows=5000),
    "light": Profile("light", base_rows=10, child_factor=2, max_rows=500),
    "large": Profile("large", base_rows=400, child_factor=4, max_rows=200_000),
}


def profile_rows(graph: SchemaGraph, refs: tuple[Reference, ...], order: tuple[str, ...],
                 profile: Profile) -> dict[str, int]:
    """Rows per table in insert order (parents are sized before their children)."""
    rows: dict[str, int] = {}
    for name in order:
        parent = _detail_parent(graph, name, refs)
        if parent and parent in rows:
            rows[name] = min(profile.max_rows, rows[parent] * profile.child_factor)
        else:
            rows[name] = min(profile.max_rows, profile.base_rows)
    return rows


def _detail_parent(graph: SchemaGraph, table: str, refs: tuple[Reference, ...]) -> str | None:
    """The parent whose name prefixes this table's name, through a NOT NULL reference."""
    mine = [singular(t) for t in tokens(table)]
    best: str | None = None
    for ref in refs:
        if ref.table != table or ref.is_self:
            continue
        cols = graph.table(table)
        if any(cols.column(c).nullable for c in ref.columns):
            continue
        theirs = [singular(t) for t in tokens(ref.ref_table)]
        prefixes = len(theirs) < len(mine) and mine[: len(theirs)] == theirs
        if prefixes and (best is None or len(ref.ref_table) > len(best)):
            best = ref.ref_table
    return best
