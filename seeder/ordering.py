"""Insert order: tables sorted by the references they use, with cycles broken.

A cycle is broken through a nullable reference (insert NULL, UPDATE afterwards). A cycle left
with only NOT NULL references becomes a "prekeyed group": the keys of its tables are chosen before
insert and the group is written in one transaction with foreign-key checks deferred, then checked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from introspect.graph import Reference, SchemaGraph


@dataclass(frozen=True)
class Ordering:
    """Tables in insert order, the references deferred to UPDATEs, and the NOT NULL cycle groups."""

    order: tuple[str, ...]
    deferred: tuple[Reference, ...]          # nullable references filled by UPDATE after all inserts
    groups: tuple[tuple[str, ...], ...]      # NOT NULL cycles: written together with checks deferred
    cycles: tuple[tuple[str, ...], ...]      # every cycle found (for the plan)


def plan_order(graph: SchemaGraph, refs: tuple[Reference, ...],
               soft: tuple[Reference, ...] = ()) -> Ordering:
    """Order all tables of the graph so that every non-deferred reference points backwards.

    soft references (polymorphic targets) order tables only where they close no cycle.
    """
    tables = [t.name for t in graph.tables]
    edges = [r for r in refs if not r.is_self]
    cycles = tuple(tuple(sorted(c)) for c in _sccs(tables, edges) if len(c) > 1)
    deferred: list[Reference] = []
    active = list(edges)
    for comp in cycles:
        inside = [r for r in active if r.table in comp and r.ref_table in comp]
        for ref in sorted(inside, key=_defer_preference(graph)):
            if not _nullable(graph, ref):
                continue
            trial = [r for r in active if r is not ref]
            deferred.append(ref)
            active = trial
            if not any(len(c) > 1 and set(c) <= set(comp) for c in _sccs(list(comp), _within(active, comp))):
                break
    groups = tuple(tuple(sorted(c)) for c in _sccs(tables, active) if len(c) > 1)
    hard = [r for r in active if not _in_group(r, groups)]
    order = _topo(tables, hard + _acyclic_soft(tables, active, soft), groups)
    return Ordering(order=order, deferred=tuple(deferred), groups=groups, cycles=cycles)


def _acyclic_soft(tables: list[str], active: list[Reference], soft: tuple[Reference, ...]) -> list[Reference]:
    """The soft references that can join the hard ones without closing a new cycle."""
    def cyclic(refs: list[Reference]) -> set[frozenset[str]]:
        return {frozenset(c) for c in _sccs(tables, refs) if len(c) > 1}

    kept: list[Reference] = []
    before = cyclic(active)
    for ref in sorted(soft, key=lambda r: (r.table, r.columns, r.ref_table)):
        if not ref.is_self and cyclic(active + kept + [ref]) == before:
            kept.append(ref)
    return kept


def _nullable(graph: SchemaGraph, ref: Reference) -> bool:
    table = graph.table(ref.table)
    return all(table.column(c).nullable for c in ref.columns)


def _defer_preference(graph: SchemaGraph):
    """Prefer deferring inferred references, then references from tables with fewer dependants."""
    def key(ref: Reference) -> tuple[int, str, tuple[str, ...]]:
        return (0 if ref.kind != "declared" else 1, ref.table, ref.columns)
    return key


def _within(refs: list[Reference], comp: tuple[str, ...]) -> list[Reference]:
    return [r for r in refs if r.table in comp and r.ref_table in comp]


def _in_group(ref: Reference, groups: tuple[tuple[str, ...], ...]) -> bool:
    return any(ref.table in g and ref.ref_table in g for g in groups)


def _sccs(nodes: list[str], refs: list[Reference]) -> list[list[str]]:
    """Strongly connected components (iterative Tarjan), deterministic for sorted input."""
    succ: dict[str, list[str]] = defaultdict(list)
    members = set(nodes)
    for r in refs:
        if r.table in members and r.ref_table in members:
            succ[r.table].append(r.ref_table)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(set(succ[root]))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        comp.append(top)
                        if top == node:
                            break
                    out.append(sorted(comp))
            elif nxt not in index:
                index[nxt] = low[nxt] = counter
                counter += 1
                stack.append(nxt)
                on_stack.add(nxt)
                work.append((nxt, iter(sorted(set(succ[nxt])))))
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
    return out


def _topo(tables: list[str], refs: list[Reference], groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Kahn's algorithm over groups-as-nodes; ties broken by name for determinism."""
    node_of = {t: t for t in tables}
    for g in groups:
        for t in g:
            node_of[t] = g[0]
    members: dict[str, list[str]] = defaultdict(list)
    for t in sorted(tables):
        members[node_of[t]].append(t)
    deps: dict[str, set[str]] = {n: set() for n in members}
    for r in refs:
        a, b = node_of[r.table], node_of[r.ref_table]
        if a != b:
            deps[a].add(b)
    done: list[str] = []
    ready = sorted(n for n, d in deps.items() if not d)
    placed: set[str] = set()
    while ready:
        n = ready.pop(0)
        placed.add(n)
        done.extend(members[n])
        for m in sorted(deps):
            if m not in placed and m not in ready and deps[m] <= placed:
                ready.append(m)
        ready.sort()
    if len(done) != len(tables):  # cannot happen once cycles are grouped; keep the failure loud
        missing = sorted(set(tables) - set(done))
        raise RuntimeError(f"unordered tables left after cycle breaking: {missing}")
    return tuple(done)
