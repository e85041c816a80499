"""`seeder rules new TABLE`: a rule-file skeleton listing what inference plans for every column.

The file holds one TableRule with only `table` set; everything else is a comment to uncomment: the
row count, the references and polymorphic pairs inference left open, and every column with its
inferred generator and source (value columns as a ready `Use(...)` line). It loads as written.
"""

from __future__ import annotations

import difflib
import json
import keyword
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seeder.errors import RuleError, UsageError
from seeder.ruleset.api import TableRule

if TYPE_CHECKING:
    from introspect.graph import SchemaGraph
    from seeder.plan import ColumnPlan, Plan

WIDTH = 110
_LITERALS = (str, int, float, bool, type(None))


def check_table(graph: SchemaGraph, table: str) -> None:
    """UsageError naming the database and the closest table when `table` is not one of its tables."""
    if graph.has_table(table):
        return
    by_key = {_name_key(t.name): t.name for t in graph.tables}  # camelCase and snake_case alike
    close = difflib.get_close_matches(_name_key(table), list(by_key), n=1)
    hint = f" (did you mean {by_key[close[0]]!r}?)" if close else ""
    raise UsageError(f"no table {table!r} in {graph.database}{hint}")


def _name_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def skeleton_path(directory: str | Path, table: str) -> Path:
    return Path(directory) / f"{table}.py"


def refuse_existing(path: Path) -> None:
    if path.exists():
        raise RuleError(f"{path} already exists; edit it, or remove it to write a new skeleton")


def write_skeleton(plan: Plan, table: str, directory: str | Path) -> Path:
    """Write DIRECTORY/<table>.py; refuse an unknown table or an existing file."""
    check_table(plan.graph, table)
    path = skeleton_path(directory, table)
    refuse_existing(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as fh:  # "x": never overwrite, even in a race
        fh.write(render_skeleton(plan, table))
    return path


def class_name(table: str) -> str:
    """order_line_items -> OrderLineItems, auditLogs -> AuditLogs; always a valid identifier."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", table) if p]
    name = "".join(p[:1].upper() + p[1:] for p in parts) or "Table"
    return name if name[0].isalpha() else f"T{name}"


def render_skeleton(plan: Plan, table: str) -> str:
    """The text of the skeleton file for one table of the plan."""
    tp = plan.table(table)
    graph = plan.graph
    tab = graph.table(table)
    lines = [
        f'"""Rules for `{table}` (skeleton from `seeder rules new`): uncomment and edit what the domain needs."""',
        "",
        "from seeder.ruleset import Poly, Ref, TableRule, Use  # noqa: F401",
        "",
        "",
        f"class {class_name(table)}(TableRule):",
        f'    """TODO: one line on what a row of {table} is."""',
        "",
        f"    table = {json.dumps(table)}",
        _fit(f"    # rows = {tp.rows}  # planned now with profile {plan.options.profile}"
             + (f"; capped: {tp.cap_reason}" if tp.cap_reason else "")),
    ]
    open_refs = [(c, why) for t, c, why in graph.unresolved if t == table]
    if open_refs:
        lines += ["", "    # id-like columns inference matched to no table: declare the reference if there is one",
                  "    # references = ["]
        lines += [_fit(f'    #     Ref({json.dumps(c)}, "TABLE"),  # {why}') for c, why in open_refs]
        lines.append("    # ]")
    mapped = {(p.type_column, p.id_column) for p in tp.polymorphic}
    open_polys = [p for p in graph.polymorphic if p.table == table and (p.type_column, p.id_column) not in mapped]
    if open_polys:
        lines += ["", "    # polymorphic pairs whose type values map to no table: map each value to its table",
                  "    # polymorphic = ["]
        for p in open_polys:
            values = tab.column(p.type_column).values or ("VALUE",)
            head = f"    #     Poly({json.dumps(p.type_column)}, {json.dumps(p.id_column)}, {{"
            targets = [f'{json.dumps(v)}: "TABLE"' for v in values]
            one_line = head + ", ".join(targets) + "}),"
            if len(one_line) <= WIDTH:
                lines.append(one_line)
                continue
            lines.append(head)
            lines += textwrap.wrap(", ".join(targets) + ",", WIDTH, initial_indent="    #         ",
                                   subsequent_indent="    #         ", break_on_hyphens=False, break_long_words=False)
            lines.append("    #     }),")
        lines.append("    # ]")
    parents = sorted({r.ref_table for r in plan.references if r.table == table and r.ref_table != table})
    lines += ["", "    # rows built from other tables' rows (a history, one ledger pair per invoice...): one dict per row",
              f"    # reads = ({', '.join(json.dumps(p) for p in parents[:3])}{',' if len(parents) == 1 else ''})"
              if parents else '    # reads = ("TABLE",)',
              "    # def expand(src, rng):",
              f"    #     return [{{\"column\": row[\"id\"]}} for row in src.rows({json.dumps(parents[0] if parents else 'TABLE')})]"]
    lines += ["", "    # every column as planned now: generator and source; uncomment a line to override it"]
    for cp in tp.columns:
        lines.append(_fit(_column_line(cp, tab.column(cp.column).raw_type, tab.column(cp.column).nullable)))
    return "\n".join(lines) + "\n"


def _column_line(cp: ColumnPlan, raw_type: str, nullable: bool) -> str:
    typ = f"{raw_type}{' NULL' if nullable else ''}"
    generic = " [generic]" if cp.generic else ""
    if cp.kind == "value" and cp.spec is not None and _settable(cp.column):
        use = _use_call(cp.spec.key, cp.spec.params)
        if use is not None:
            return f"    # {cp.column} = {use}  # {typ}, {cp.source}{generic}"
    why = "" if _settable(cp.column) or cp.kind != "value" else " (not a valid class attribute name)"
    return f"    # {cp.column}: {cp.kind} {cp.generator}  # {typ}, {cp.source}{generic}{why}"


def _settable(column: str) -> bool:
    return (column.isidentifier() and not keyword.iskeyword(column) and not column.startswith("_")
            and column not in TableRule.RESERVED)


def _use_call(key: str, params: tuple[tuple[str, Any], ...]) -> str | None:
    """`Use("key", a=1)` for parameters that are plain literals, else None."""
    args = [json.dumps(key)]
    for name, value in params:
        if not name.isidentifier() or not _literal(value):
            return None
        args.append(f"{name}={value!r}")
    return f"Use({', '.join(args)})"


def _literal(value: Any) -> bool:
    if isinstance(value, (tuple, list)):
        return all(_literal(v) for v in value)
    return isinstance(value, _LITERALS)


def _fit(line: str) -> str:
    """Comment lines cut to the project's line length (only comments are ever cut)."""
    if len(line) <= WIDTH or "#" not in line:
        return line
    return line[: WIDTH - 3] + "..."
