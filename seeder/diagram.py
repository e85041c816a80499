"""The dependency graph of a schema's tables as Mermaid or Graphviz dot text (`seeder graph`).

Every table is a node; every edge points from the referencing table to the referenced one and is labelled
with the referencing column(s):

    declared FOREIGN KEY             solid                 "customer_id"
    inferred (used: >= threshold)    dashed                "client_id ~0.95"
    rule-declared (rule files)       solid, bold           "rule: owner_id"
    polymorphic pair                 dotted, one edge per  "noteable_id (noteable_type: project)"
                                     target table

Self-references are loops. The edges are exactly the references generation follows
(`seeder.plan.used_references` / `used_polymorphic`), so the picture is the insert order's input.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from introspect.graph import Polymorphic, Reference, SchemaGraph
from seeder.errors import UsageError
from seeder.plan import used_polymorphic, used_references
from seeder.ruleset import RuleSet

FORMATS = ("mermaid", "dot")
STYLES = {"declared": "solid", "inferred": "dashed", "rule": "solid", "polymorphic": "dotted"}


@dataclass(frozen=True)
class Edge:
    """One arrow: from the referencing table to the referenced one."""

    source: str
    target: str
    kind: str          # declared, inferred, rule or polymorphic
    label: str

    @property
    def style(self) -> str:
        return STYLES[self.kind]


def graph_edges(graph: SchemaGraph, rules: RuleSet, threshold: float) -> list[Edge]:
    """The edges generation follows: used references, then one edge per polymorphic target table."""
    edges = [_reference_edge(ref) for ref in used_references(graph, rules, threshold)]
    for poly in used_polymorphic(graph, rules):
        edges += _polymorphic_edges(poly)
    return edges


def _reference_edge(ref: Reference) -> Edge:
    label = ", ".join(ref.columns)
    if ref.kind == "inferred":
        label += f" ~{ref.confidence:.2f}"
    elif ref.kind == "rule":
        label = f"rule: {label}"
    return Edge(ref.table, ref.ref_table, ref.kind if ref.kind in STYLES else "declared", label)


def _polymorphic_edges(poly: Polymorphic) -> list[Edge]:
    values: dict[str, list[str]] = defaultdict(list)
    for value, target in poly.targets:
        values[target].append(value)
    return [Edge(poly.table, target, "polymorphic", f"{poly.id_column} ({poly.type_column}: {', '.join(v)})")
            for target, v in sorted(values.items())]


def render_graph(graph: SchemaGraph, rules: RuleSet, threshold: float, fmt: str = "mermaid") -> str:
    """The graph as Mermaid (`flowchart LR`) or Graphviz dot text."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown graph format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    tables = [t.name for t in graph.tables]
    edges = graph_edges(graph, rules, threshold)
    return render_mermaid(tables, edges) if fmt == "mermaid" else render_dot(graph.database, tables, edges)


# --- Mermaid ------------------------------------------------------------------------------------
_MERMAID_ARROWS = {"solid": "-->", "dashed": "-.->", "dotted": "-.->"}
_MERMAID_LINK_STYLES = {"dashed": "stroke-dasharray: 6 4", "dotted": "stroke-dasharray: 1 4",
                        "bold": "stroke-width: 3px"}


def mermaid_ids(tables: list[str]) -> dict[str, str]:
    """A Mermaid-safe, unique node id per table (letters, digits and _ only, never a keyword)."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for name in tables:
        base = "t_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
        node, k = base, 2
        while node.lower() in used:
            node, k = f"{base}_{k}", k + 1
        used.add(node.lower())
        ids[name] = node
    return ids


def _mermaid_text(text: str) -> str:
    """Text for a quoted Mermaid label: quotes and entity-like characters as entity codes."""
    return (text.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;"))


def render_mermaid(tables: list[str], edges: list[Edge]) -> str:
    ids = mermaid_ids(tables)
    lines = ["flowchart LR"]
    lines += [f'    {ids[t]}["{_mermaid_text(t)}"]' for t in tables]
    styled: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(edges):
        arrow = _MERMAID_ARROWS[e.style]
        lines.append(f'    {ids[e.source]} {arrow}|"{_mermaid_text(e.label)}"| {ids[e.target]}')
        if e.style != "solid":
            styled[e.style].append(i)
        elif e.kind == "rule":
            styled["bold"].append(i)
    for style, indexes in sorted(styled.items()):
        lines.append(f"    linkStyle {','.join(map(str, indexes))} {_MERMAID_LINK_STYLES[style]}")
    return "\n".join(lines) + "\n"


# --- Graphviz dot -------------------------------------------------------------------------------
def dot_quote(text: str) -> str:
    """A double-quoted dot identifier (backslashes and quotes escaped, newlines as \\n)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def render_dot(database: str, tables: list[str], edges: list[Edge]) -> str:
    lines = [f"digraph {dot_quote(database)} {{", "    rankdir=LR;",
             '    node [shape=box, fontname="Helvetica"];', '    edge [fontname="Helvetica", fontsize=10];']
    lines += [f"    {dot_quote(t)};" for t in tables]
    for e in edges:
        attrs = [f"label={dot_quote(e.label)}", f"style={e.style}"]
        if e.kind == "rule":
            attrs.append("penwidth=2")
        lines.append(f"    {dot_quote(e.source)} -> {dot_quote(e.target)} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
