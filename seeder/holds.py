"""Which generated tables wait before they are written, so that a rolled-up parent is written once, final.

A parent with rollups (order totals summed from its lines) gets its final values only once its last
child table is generated. Inserted at once, its rows would be written twice: inserted with placeholders,
then UPDATEd. Instead apply holds the parent's rows in memory (they are there anyway, for the children)
and writes them once its rollups are final. A table generated meanwhile waits too if it references a
held table through a declared foreign key, as the server checks that the parent row exists when the
child's is inserted. When the rows waiting behind a parent outgrow the parent's own, the parent goes
at once, with the values it has, and is UPDATEd once final, as without holding: holding a small parent
must not keep a large part of the seed from the server.

At 10x TERP: orders (49,499 rows) wait 25 steps, with the 40 sample requests that reference them;
invoices (44,000) 8 steps, alone. 639 rows are updated instead of 103,269.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from seeder.plan import Plan


class Holds:
    """The tables generated but not written yet, in generation order, each with what it waits for.

    parents: the tables that may be held (rollup parents); fks: table -> the tables it references
    through a declared foreign key."""

    def __init__(self, parents: Collection[str], fks: Mapping[str, Collection[str]]) -> None:
        self._parents, self._fks = set(parents), fks
        self._rows: dict[str, int] = {}
        self._waits: dict[str, set[str]] = {}   # waiting table -> the held parents it waits for
        self.held: set[str] = set()             # parents held until their rollups are final

    @classmethod
    def for_plan(cls, plan: Plan) -> Holds:
        """Parents: the plan's rollup parents with a primary key (their UPDATE needs one) outside NOT NULL
        cycle groups (written together, with checks off)."""
        parents = {parent for parent, _ in plan.rules.rollups()
                   if plan.graph.table(parent).primary_key and not plan.table(parent).group}
        fks: dict[str, set[str]] = {}
        for ref in plan.references:
            if ref.kind == "declared" and ref.table != ref.ref_table:
                fks.setdefault(ref.table, set()).add(ref.ref_table)
        return cls(parents, fks)

    @property
    def waiting(self) -> list[str]:
        """The tables generated and not written yet, in generation order."""
        return list(self._waits)

    def arrive(self, table: str, rows: int, rolled_up: bool, can_wait: bool = True) -> bool:
        """A table was generated (rolled_up: its rollups, if any, are final already). True: it waits, to be
        handed out by release(); False: write it now (one that cannot wait, in a NOT NULL cycle group,
        once the parents `blockers` names are released and written)."""
        waits = self.blockers(table)
        if table in self._parents and not rolled_up and can_wait:
            self.held.add(table)
            waits.add(table)
        if not waits or not can_wait:
            return False
        self._waits[table], self._rows[table] = waits, rows
        return True

    def blockers(self, table: str) -> set[str]:
        """The held parents a table waits for through its declared keys: a table that cannot wait (in a
        NOT NULL cycle group) must see them written first."""
        return set().union(*(self._waits.get(t, ()) for t in self._fks.get(table, ())))

    def outgrown(self) -> list[str]:
        """The held parents behind which more rows wait than they hold themselves."""
        return [p for p in sorted(self.held)
                if sum(n for t, n in self._rows.items() if t != p and p in self._waits[t]) > self._rows[p]]

    def release(self, parents: Iterable[str]) -> list[str]:
        """Let the parents go; return the tables to write now, in generation order: those no held parent
        keeps any longer. (A parent released before its rollups are final is UPDATEd once they are.)"""
        parents = set(parents) & self.held
        self.held -= parents
        out = []
        for table, waits in list(self._waits.items()):
            waits -= parents
            if not waits:
                out.append(table)
                del self._waits[table], self._rows[table]
        return out
