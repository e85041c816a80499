"""How many distinct values a unique key can hold, so that plans cap rows instead of crashing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from introspect.graph import Column, Table
from seeder.values import ValueEnv, build_values

if TYPE_CHECKING:
    from seeder.plan import TablePlan

UNBOUNDED = None


def integer_range(col: Column) -> tuple[int, int]:
    """Smallest and largest value of an integer column."""
    bits = 8 * (col.int_bytes or 4)
    if col.unsigned:
        return 0, 2**bits - 1
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def key_capacity(table: Table, key: tuple[str, ...], tp: TablePlan, env: ValueEnv,
                 planned: dict[str, int], requested: dict[str, int]) -> int | None:
    """Distinct tuples the key can take; None when effectively unbounded."""
    total = 1
    seen: set[str] = set()
    for ref in tp.references:
        if not set(ref.columns) <= set(key) or ref.is_self:
            continue
        total *= planned.get(ref.ref_table, requested.get(ref.ref_table, 0))
        seen |= set(ref.columns)
    for poly in tp.polymorphic:
        if poly.id_column in key and poly.type_column in key:
            total *= sum(planned.get(t, requested.get(t, 0)) for _, t in poly.targets)
            seen |= {poly.id_column, poly.type_column}
    for name in key:
        if name in seen:
            continue
        cap = column_capacity(table.column(name), tp, env, planned, requested)
        if cap is UNBOUNDED:
            return UNBOUNDED
        total *= cap
    return total


def column_capacity(col: Column, tp: TablePlan, env: ValueEnv, planned: dict[str, int],
                    requested: dict[str, int]) -> int | None:
    plan = tp.column(col.name)
    if plan.kind == "key":
        low, high = integer_range(col)
        return high - max(low, 1, tp.key_start) + 1 + tp.current_rows  # keys follow the highest one
    if plan.kind in ("reference", "deferred"):
        ref = next(r for r in tp.references if col.name in r.columns)
        if ref.is_self:
            return UNBOUNDED
        return planned.get(ref.ref_table, requested.get(ref.ref_table, 0))
    if plan.kind == "polymorphic":
        poly = next(p for p in tp.polymorphic if col.name in (p.type_column, p.id_column))
        if col.name == poly.type_column:
            return len({v for v, _ in poly.targets})
        return sum(planned.get(t, requested.get(t, 0)) for _, t in poly.targets) or 1
    if plan.kind == "skip" or plan.spec is None or plan.spec.key.startswith("rule."):
        return UNBOUNDED
    return build_values(plan.spec, col, env).capacity()

