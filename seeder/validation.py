"""The checks apply makes before COMMIT, each run as soon as the tables it reads are final.

A table is final once its rows are inserted, its rolled-up columns written and no deferred reference of
it is left to fill. Its checks then go to the writer's queue, behind those writes, and run on the reader's
connection (seeder.reader), which sees the open transaction, while later tables are still generated and
written; what is left runs before COMMIT. The checks: no new orphan over a used reference (a declared
foreign key written with checks on is the server's: the runner leaves it out), every business invariant
holds. (Every row sent is a row stored: the writer checks each statement's count.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from seeder.plan import Plan
from seeder.verify import check_invariant, orphan_sql

Query = Callable[..., list[tuple[Any, ...]]]
_WORD = re.compile(r"`((?:[^`]|``)+)`|([\w$]+)")


@dataclass(frozen=True)
class Check:
    """One check: the tables it reads, and what it finds (a problem, or None) given a query function."""

    name: str
    tables: frozenset[str]
    run: Callable[[Query], str | None]


def tables_in(sql: str, names: Iterable[str]) -> frozenset[str]:
    """The tables an SQL text may read: every word or quoted name that names one. A column that shares a
    table's name only makes the check wait for that table too."""
    words = {quoted.replace("``", "`") if quoted else bare for quoted, bare in _WORD.findall(sql)}
    return frozenset(words & set(names))


class Validation:
    """The run's checks, handed out as their tables become final; problems gathers what they found."""

    def __init__(self, plan: Plan, baseline: dict[int, int]) -> None:
        names = [t.name for t in plan.graph.tables]
        self.pending: list[Check] = [self._orphans(plan, i, before) for i, before in baseline.items()]
        self.pending += [self._invariant(where, inv, tables_in(inv.sql, names) or frozenset(names))
                         for where, inv in plan.rules.invariants()]   # naming no table: run last
        self.checks = len(self.pending)
        self.problems: list[str] = []

    def due(self, final: set[str] | None) -> list[Check]:
        """The pending checks whose tables are all final (None: every table is), taken off the list."""
        ready = [c for c in self.pending if final is None or c.tables <= final]
        self.pending = [c for c in self.pending if c not in ready]
        return ready

    def judge(self, check: Check, query: Query) -> None:
        problem = check.run(query)
        if problem:
            self.problems.append(problem)

    @staticmethod
    def _orphans(plan: Plan, i: int, before: int) -> Check:
        ref = plan.references[i]

        def run(query: Query) -> str | None:
            after = query(orphan_sql(ref, count=True))[0][0]
            return f"{ref.table}.{','.join(ref.columns)} -> {ref.ref_table}: {after - before} orphans" \
                if after > before else None
        return Check(f"orphans of {ref.table}.{','.join(ref.columns)}", frozenset((ref.table, ref.ref_table)), run)

    @staticmethod
    def _invariant(where: str, inv: Any, tables: frozenset[str]) -> Check:
        def run(query: Query) -> str | None:
            n, examples = check_invariant(query, inv)
            return f"invariant {inv.name!r} ({where}) fails for {n} rows, e.g. {' | '.join(examples)}" if n else None
        return Check(f"invariant {inv.name}", tables, run)
