"""Render a plan for people (text) and for programs (JSON); the JSON form is documented in README."""

from __future__ import annotations

from typing import Any

from introspect.graph import Reference
from seeder.plan import Plan, TablePlan


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    start, end = plan.env.start, plan.env.end
    return {
        "database": plan.graph.database,
        "dialect": plan.graph.dialect,
        "seed": plan.options.seed,
        "profile": plan.options.profile,
        "window": {"start": start.isoformat(), "end": end.isoformat()},
        "total_rows": plan.total_rows,
        "fingerprint": plan.graph.fingerprint(),
        "tables": [_table_dict(plan, i, tp) for i, tp in enumerate(plan.tables, 1)],
        "gaps": gaps(plan),
    }


def _ref_dict(ref: Reference, used: bool) -> dict[str, Any]:
    return {"columns": list(ref.columns), "ref_table": ref.ref_table, "ref_columns": list(ref.ref_columns),
            "kind": ref.kind, "confidence": round(ref.confidence, 2), "evidence": ref.evidence, "used": used}


def table_references(plan: Plan, table: str) -> list[tuple[Reference, bool]]:
    """Every reference of a table (declared, rule, inferred used or not) with whether it is used."""
    used = {(r.table, r.columns, r.ref_table) for r in plan.references}
    out = [(r, True) for r in plan.references if r.table == table]
    out += [(r, False) for r in plan.graph.inferred
            if r.table == table and (r.table, r.columns, r.ref_table) not in used]
    return out


def _table_dict(plan: Plan, order: int, tp: TablePlan) -> dict[str, Any]:
    refs = [_ref_dict(r, u) for r, u in table_references(plan, tp.table)]
    refs += [{"columns": [p.type_column, p.id_column], "ref_table": t, "ref_columns": list(
        plan.graph.table(t).primary_key), "kind": "polymorphic", "confidence": 1.0, "evidence": p.evidence,
        "type_value": v, "used": True} for p in tp.polymorphic for v, t in p.targets]
    return {
        "table": tp.table, "order": order, "rows": tp.rows, "rows_by_expand": tp.by_expand,
        "current_rows": tp.current_rows,
        "requested_rows": tp.requested_rows, "seeded_rows": tp.seeded_rows, "note": tp.note,
        "cap_reason": tp.cap_reason, "group": list(tp.group),
        "columns": [{"column": c.column, "kind": c.kind, "generator": c.generator, "source": c.source,
                     "generic": c.generic} for c in tp.columns],
        "references": refs,
    }


def gaps(plan: Plan) -> dict[str, Any]:
    used_poly = {(p.table, p.type_column) for tp in plan.tables for p in tp.polymorphic}
    return {
        "generic_columns": [f"{tp.table}.{c.column}: {c.generator} ({c.source})"
                            for tp in plan.tables for c in tp.columns if c.generic],
        "unresolved_references": [f"{t}.{c}: {why}" for t, c, why in plan.graph.unresolved
                                  if not _resolved_elsewhere(plan, t, c)],
        "unused_inferred": [f"{r.table}.{','.join(r.columns)} -> {r.ref_table} ({r.confidence:.2f}): {r.evidence}"
                            for tp in plan.tables for r, u in table_references(plan, tp.table)
                            if not u and r.kind == "inferred"],
        "unmapped_polymorphic": [f"{p.table}.{p.type_column}/{p.id_column}: {p.evidence}"
                                 for p in plan.graph.polymorphic if (p.table, p.type_column) not in used_poly],
        "types_sqlalchemy_does_not_know": [
            f"{t.name}.{c.name}: {c.raw_type} (read from the raw type: {c.family})"
            for t in plan.graph.tables for c in t.columns if not c.sa_type],
        "capped_tables": [f"{tp.table}: {tp.requested_rows} -> {tp.rows} ({tp.cap_reason})"
                          for tp in plan.tables if tp.cap_reason],
        "cycles": [" <-> ".join(c) for c in plan.ordering.cycles],
        "deferred_references": [f"{r.table}.{','.join(r.columns)} -> {r.ref_table} (NULL, then UPDATE)"
                                for r in plan.ordering.deferred],
        "not_null_cycle_groups": [" + ".join(g) + " (keys chosen before insert, checks deferred)"
                                  for g in plan.ordering.groups],
    }


def _resolved_elsewhere(plan: Plan, table: str, column: str) -> bool:
    """A rule (or another used reference or polymorphic pair) already covers the column."""
    tp = plan.table(table)
    return any(column in r.columns for r in tp.references) or \
        any(column in (p.type_column, p.id_column) for p in tp.polymorphic) or \
        tp.column(column).source.startswith("rule:")


def render_plan(plan: Plan) -> str:
    """The text form: every table in insert order, every column with its generator and source."""
    lines = [(f"plan for {plan.graph.database} ({plan.graph.dialect} {plan.graph.server_version}): "
             f"{len(plan.tables)} tables, {_rows_text(plan)}, seed {plan.options.seed}, "
             f"profile {plan.options.profile}, window {plan.env.start:%Y-%m-%d}..{plan.env.end:%Y-%m-%d}"), ""]
    for i, tp in enumerate(plan.tables, 1):
        rows = "by expand" if tp.by_expand else tp.rows
        head = f"{i:>3}. {tp.table}  rows={rows}  current={tp.current_rows}"
        if tp.note:
            head += f"  ({tp.note})"
        if tp.cap_reason:
            head += f"  capped from {tp.requested_rows}: {tp.cap_reason}"
        if tp.group:
            head += f"  group: {'+'.join(tp.group)}"
        lines.append(head)
        width = max((len(c.column) for c in tp.columns), default=0)
        for c in tp.columns:
            flag = "  [generic]" if c.generic else ""
            lines.append(f"       {c.column:<{width}}  {c.generator}  {c.source}{flag}")
        for ref, used in table_references(plan, tp.table):
            conf = f" {ref.confidence:.2f}" if ref.kind == "inferred" else ""
            lines.append(f"       -> {','.join(ref.columns)} => {ref.ref_table}.{','.join(ref.ref_columns)}"
                         f"  {ref.kind}{conf}{'' if used else ' (not used)'}  {ref.evidence}")
        for p in tp.polymorphic:
            lines.append(f"       -> {p.type_column}+{p.id_column} polymorphic: "
                         + ", ".join(f"{v}={t}" for v, t in p.targets))
    lines.append("")
    lines.append(f"schema fingerprint: {plan.graph.fingerprint()} (apply --fingerprint refuses if it changes)")
    lines.append("")
    lines.append("gaps:")
    for name, items in gaps(plan).items():
        lines.append(f"  {name}: {len(items)}")
        lines.extend(f"    - {item}" for item in items)
    return "\n".join(lines)


def _rows_text(plan: Plan) -> str:
    """The rows the plan knows before it runs; a table an expand builds has as many as the expand returns."""
    built = [tp for tp in plan.tables if tp.by_expand]
    known = sum(tp.rows for tp in plan.tables if not tp.by_expand)
    return f"{known} rows" + (f" + {len(built)} table(s) built by expand" if built else "")
