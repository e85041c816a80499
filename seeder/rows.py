"""Generate the rows of one table, column by column, from its TablePlan.

Order inside a table: sequential keys, the most constraining all-finite unique key (drawn as
distinct combinations), references, polymorphic pairs, inferred values (in `after` order), then
collisions on the other unique keys are mended, and self-references are drawn as trees.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from introspect.graph import Column, Polymorphic, Reference, Table
from seeder.capacity import integer_range
from seeder.errors import RuleError
from seeder.keypool import KeyPool
from seeder.plan import ColumnPlan, Plan, TablePlan
from seeder.rowview import Columns, ParentLookup, Row, forget_row_refs
from seeder.ruleset.api import Source
from seeder.ruleset.loader import DERIVED_KEY
from seeder.seeds import stream
from seeder.values import ColumnValues, build_values, fit_value
from seeder.values.fitcolumn import make_column_fitter

try:   # the optional C transposition of expand's rows (seeder/_rowsfast.c), built on install like _csvfast
    from seeder import _rowsfast
except ImportError:   # pragma: no cover - exercised by installs without a compiler
    _rowsfast = None

MAX_COMBINATIONS = 10**15
ROOT_SHARE = 0.15


@dataclass
class TableRows:
    """Column-wise data of one table, ready to write."""

    table: str
    columns: tuple[str, ...]
    data: dict[str, list[Any]]
    trimmed_count: int | None = None   # set once trim dropped columns

    @property
    def count(self) -> int:
        if self.trimmed_count is not None:
            return self.trimmed_count
        return len(self.data[self.columns[0]]) if self.columns else 0

    def trim(self, keep: set[str]) -> None:
        """Drop the values of every column but keep: the rows are written and no later step reads them
        whole (memory then grows with the tables still read, not with all rows written)."""
        self.trimmed_count = self.count
        self.data = {c: v for c, v in self.data.items() if c in keep}
        forget_row_refs(self)


def generate_table(plan: Plan, tp: TablePlan, pool: KeyPool,
                   existing: dict[tuple[str, ...], set[tuple[Any, ...]]] | None = None,
                   store: dict[str, TableRows] | None = None, fixtures: list[dict[str, Any]] | None = None,
                   ) -> TableRows:
    """All rows of one table (column-wise). existing: unique-key values already in the table; store:
    the rows generated so far (rule functions read parent rows there); fixtures: fixed first rows."""
    table = plan.graph.table(tp.table)
    gen = _TableGenerator(plan, tp, table, pool, existing or {})
    gen.parents = ParentLookup(tp.references, store or {})
    gen.fixtures = fixtures or []
    gen.store = store or {}
    return gen.run()


class _TableGenerator:
    def __init__(self, plan: Plan, tp: TablePlan, table: Table, pool: KeyPool,
                 existing: dict[tuple[str, ...], set[tuple[Any, ...]]]) -> None:
        self.plan, self.tp, self.table, self.pool = plan, tp, table, pool
        self.existing = existing
        self.parents = ParentLookup((), {})
        self.fixtures: list[dict[str, Any]] = []
        self.store: dict[str, TableRows] = {}
        self.expanded: frozenset[str] = frozenset()   # columns an expand function set
        self.n = tp.rows
        self.data: dict[str, list[Any]] = {}
        self.values: dict[str, ColumnValues] = {}
        self.writable = tuple(c.column for c in tp.columns if c.kind != "skip")

    def rng(self, *parts: str) -> random.Random:
        """The stream of one column or step; rows added to a non-empty table draw fresh values."""
        offset = (f"+{self.tp.current_rows}",) if self.tp.current_rows else ()
        return stream(self.plan.options.seed, self.tp.table, *parts, *offset)

    def run(self) -> TableRows:
        expanded = self._expand()
        self._keys()
        self.data.update(expanded)
        self.expanded = frozenset(expanded)
        combo = self._combinatorial_key()
        for ref in self.tp.references:
            if self._picked(ref) and not ref.is_self and not set(ref.columns) <= set(self.data):
                self._reference(ref)
        for poly in self.tp.polymorphic:
            if poly.id_column not in self.data:
                self._polymorphic(poly)
        self._inferred_values()
        for c in self.tp.columns:
            if c.kind == "deferred":
                self.data[c.column] = [None] * self.n
        self._apply_fixtures()
        self._mend_unique(skip=combo)
        for ref in self.tp.references:
            if ref.is_self and self._picked(ref):
                self._tree(ref)
        missing = [c for c in self.writable if c not in self.data]
        assert not missing, f"{self.tp.table}: no values for {missing}"
        return TableRows(self.tp.table, self.writable, self.data)

    def _expand(self) -> dict[str, list[Any]]:
        """The rule's expand function, if any: one row per dict it returns, built from earlier tables.
        Sets the row count; the columns it names are fitted and kept as given."""
        found = self.plan.rules.expander(self.tp.table)
        if found is None:
            return {}
        fn, reads, where = found
        missing = [t for t in reads if t not in self.store and self.plan.table(t).rows]
        if missing:
            raise RuleError(f"{where}: expand reads {', '.join(missing)}, which a cycle orders after "
                            f"{self.tp.table}; drop them from reads or break the cycle")
        try:
            made = fn(Source(self.store, reads, self.plan.env, self.plan.params, self.tp.key_start), self.rng("expand"))
            columns, self.n = _as_columns(made, where)
        except RuleError:
            raise
        except Exception as exc:  # the rule's own code failed: say which rule
            raise RuleError(f"{where}: expand: {type(exc).__name__}: {exc}") from exc
        for col in columns:
            if not self.table.has_column(col):
                raise RuleError(f"{where}: expand sets {col!r}, which is not a column of {self.tp.table}")
        return {col: make_column_fitter(self.table.column(col))(values) for col, values in columns.items()}

    def _picked(self, ref: Reference) -> bool:
        """The columns take their values from the parent rows (no rule or expand sets them, not deferred)."""
        return all(self.tp.column(c).kind == "reference" and c not in self.expanded for c in ref.columns)

    # --- keys -----------------------------------------------------------------------------------
    def _keys(self) -> None:
        for c in self.tp.columns:
            if c.kind == "key":
                start = self.tp.key_start
                self.data[c.column] = list(range(start, start + self.n))

    def _units(self, key: tuple[str, ...]) -> list[tuple[tuple[str, ...], Sequence[Any]]] | None:
        """Split a key into units with enumerable domains, or None when one has none."""
        units: list[tuple[tuple[str, ...], Sequence[Any]]] = []
        covered: set[str] = set()
        for ref in self.tp.references:
            if set(ref.columns) <= set(key) and not ref.is_self and self._picked(ref):
                units.append((ref.columns, self._parents(ref)))
                covered |= set(ref.columns)
        for poly in self.tp.polymorphic:
            if {poly.type_column, poly.id_column} <= set(key):
                units.append(((poly.type_column, poly.id_column), self._poly_domain(poly)))
                covered |= {poly.type_column, poly.id_column}
        for name in key:
            if name in covered:
                continue
            domain = _finite_domain(self.table.column(name), self.tp.column(name))
            if domain is None:
                return None
            units.append(((name,), [(v,) for v in domain] if not isinstance(domain, range) else domain))
        return units

    def _combinatorial_key(self) -> tuple[str, ...] | None:
        best: tuple[int, tuple[str, ...], list[Any]] | None = None
        for key in self.table.all_unique_keys:
            if all(k in self.data for k in key) or any(k in self.data and self.tp.column(k).kind != "key"
                                                       for k in key):
                continue
            units = self._units(key)
            if units is None:
                continue
            size = 1
            for _, dom in units:
                size *= len(dom)
            if size <= MAX_COMBINATIONS and (best is None or size < best[0]):
                best = (size, key, units)
        if best is None:
            return None
        size, key, units = best
        rng = self.rng("unique", *key)
        taken = self.existing.get(key, set())
        picks = rng.sample(range(size), min(self.n + len(taken), size))
        if taken:
            picks = [p for p in picks if _decode(p, units, key) not in taken][: self.n]
        if len(picks) < self.n:  # fewer parents than planned: shrink rather than collide
            self.n = len(picks)
            for col in self.data:
                self.data[col] = self.data[col][: self.n]
        for cols, dom in units:
            radix = len(dom)
            chosen = [dom[p % radix] for p in picks]
            picks = [p // radix for p in picks]
            for j, col in enumerate(cols):
                self.data[col] = [v if isinstance(dom, range) else v[j] for v in chosen]
        return key

    # --- references -----------------------------------------------------------------------------
    def _parents(self, ref: Reference) -> list[tuple[Any, ...]]:
        return self.pool.get(ref.ref_table, ref.ref_columns)

    def _reference(self, ref: Reference) -> None:
        parents = self._parents(ref)
        rng = self.rng("ref", *ref.columns)
        nullable = all(self.table.column(c).nullable for c in ref.columns)
        how = self.plan.rules.pick(ref.table, ref.columns)
        picked: list[Any] = _pick(rng, parents, self.n, how)
        if nullable and how == "skewed":
            picked = [None if rng.random() < 0.05 else p for p in picked]
        elif not parents and self.n:
            raise AssertionError(f"{ref.table}.{ref.columns}: no rows in {ref.ref_table} to point at")
        for i, col in enumerate(ref.columns):
            if col not in self.data:
                self.data[col] = [p[i] if p is not None else None for p in picked]

    def _poly_keys(self, poly: Polymorphic) -> dict[Any, list[Any]]:
        """The keys each type value may point at (targets with a one-column key and rows only)."""
        by_type: dict[Any, list[Any]] = {}
        for value, target in poly.targets:
            key = self.plan.graph.table(target).primary_key
            ids = [k[0] for k in self.pool.get(target, key)] if len(key) == 1 else []
            if ids:
                by_type.setdefault(value, []).extend(ids)
        return by_type

    def _poly_domain(self, poly: Polymorphic) -> list[tuple[Any, Any]]:
        return [(value, i) for value, ids in self._poly_keys(poly).items() for i in ids]

    def _polymorphic(self, poly: Polymorphic) -> None:
        rng = self.rng("poly", poly.type_column, poly.id_column)
        by_type = self._poly_keys(poly)
        types = sorted(by_type, key=str)
        pairs = []
        for _ in range(self.n):
            if not types:
                pairs.append((None, None))
                continue
            t = types[rng.randrange(len(types))]
            pairs.append((t, _skewed(rng, by_type[t])))
        if poly.type_column not in self.data:
            self.data[poly.type_column] = [p[0] for p in pairs]
        self.data[poly.id_column] = [p[1] for p in pairs]

    def _tree(self, ref: Reference) -> None:
        """Row i points at an earlier row; roots point at nothing, or at themselves when NOT NULL."""
        rng = self.rng("tree", *ref.columns)
        nullable = all(self.table.column(c).nullable for c in ref.columns)
        keys = list(zip(*[self.data[c] for c in ref.ref_columns], strict=True))
        out: list[tuple[Any, ...] | None] = []
        for i in range(self.n):
            if i == 0 or rng.random() < ROOT_SHARE:
                out.append(None if nullable else keys[i])
            else:
                out.append(keys[rng.randrange(i)])
        for j, col in enumerate(ref.columns):
            self.data[col] = [k[j] if k is not None else None for k in out]

    # --- values ---------------------------------------------------------------------------------
    def _inferred_values(self) -> None:
        pending = [c for c in self.tp.columns if c.kind == "value" and c.column not in self.data]
        while pending:
            progressed = False
            for c in list(pending):
                assert c.spec is not None
                if any(a not in self.data for a in c.spec.after if a in self.writable):
                    continue
                self._draw(c)
                pending.remove(c)
                progressed = True
            if not progressed:  # an `after` cycle: draw the rest without their context
                for c in pending:
                    self._draw(c)
                pending = []

    def _apply_fixtures(self) -> None:
        """The rule's fixed rows replace the first generated rows, column by column."""
        for i, fixture in enumerate(self.fixtures[: self.n]):
            for col, value in fixture.items():
                self.data[col][i] = fit_value(self.table.column(col), value)

    def _draw(self, c: ColumnPlan) -> None:
        assert c.spec is not None
        if c.spec.key == DERIVED_KEY:
            self._derive(c)
            return
        values = build_values(c.spec, self.table.column(c.column), self.plan.env)
        self.values[c.column] = values
        context = {a: self.data[a] for a in c.spec.after if a in self.data}
        self.data[c.column] = values.draw(self.rng("col", c.column), self.n, context)

    def _derive(self, c: ColumnPlan) -> None:
        """A rule function per row, given the row (its `after` columns, its parents) and a stream; or,
        for a whole-column rule, once, given all rows."""
        assert c.spec is not None
        fn = c.spec.param("fn")
        rng = self.rng("col", c.column)
        allowed = frozenset(c.spec.after)
        data, parents, env, params = self.data, self.parents, self.plan.env, self.plan.params
        try:
            if c.spec.param("whole", False):
                out = list(fn(Columns(data, self.n, parents, allowed, env, params), rng))
                if len(out) != self.n:
                    raise ValueError(f"returned {len(out)} values for {self.n} rows")
            else:
                row = Row(data, 0, parents, allowed, env, params)
                out = []
                for i in range(self.n):
                    row.index = i
                    out.append(fn(row, rng))
            self.data[c.column] = make_column_fitter(self.table.column(c.column))(out)
        except Exception as exc:  # the rule's own code failed: say which rule and column
            raise RuleError(f"{c.spec.source}: {self.tp.table}.{c.column}: {type(exc).__name__}: {exc}") from exc

    # --- unique keys ----------------------------------------------------------------------------
    def _mend_unique(self, skip: tuple[str, ...] | None) -> None:
        keep = [True] * self.n
        for key in self.table.all_unique_keys:
            if key == skip or all(self.tp.column(k).kind in ("key",) for k in key):
                continue
            if any(self.tp.column(k).kind == "deferred" for k in key):
                continue
            self._mend_key(key, keep)
        if not all(keep):
            for col in list(self.data):
                self.data[col] = [v for v, k in zip(self.data[col], keep, strict=True) if k]
            self.n = sum(keep)

    def _mend_key(self, key: tuple[str, ...], keep: list[bool]) -> None:
        seen = {_collated(t) for t in self.existing.get(key, set())}
        if len(key) == 1 and all(keep):   # the usual case, in C: one column's values, no row dropped yet
            values = [v for v in _collated_column(self.data[key[0]]) if v is not None]
            if len(set(values)) == len(values) and seen.isdisjoint(zip(values)):
                return
        else:
            tuples = [t for t, k in zip(zip(*[_collated_column(self.data[c]) for c in key]), keep)
                      if k and None not in t]
            if len(set(tuples)) == len(tuples) and seen.isdisjoint(tuples):
                return   # no collision: nothing to mend (the usual case, checked in one pass)
        fixable = [k for k in key if k in self.values]
        rng = self.rng("mend", *key)
        for i in range(self.n):
            if not keep[i]:
                continue
            tup = self._key_at(key, i)
            if any(v is None for v in tup) or tup not in seen:
                seen.add(tup)
                continue
            if not self._mend_row(key, i, fixable, seen, rng):
                keep[i] = False
                continue
            seen.add(self._key_at(key, i))

    def _key_at(self, key: tuple[str, ...], i: int) -> tuple[Any, ...]:
        return _collated(tuple(self.data[k][i] for k in key))

    def _mend_row(self, key: tuple[str, ...], i: int, fixable: list[str], seen: set[tuple[Any, ...]],
                  rng: random.Random) -> bool:
        for col in fixable:
            original = self.data[col][i]
            for k in range(1, 10_000):
                try:
                    self.data[col][i] = self.values[col].make_unique(original, k)
                except ValueError:
                    break
                if self._key_at(key, i) not in seen:
                    return True
            self.data[col][i] = original
        for ref in self.tp.references:  # re-pick parents of the key's reference columns
            if set(ref.columns) <= set(key) and not ref.is_self:
                parents = self._parents(ref)
                for _ in range(50):
                    p = parents[rng.randrange(len(parents))]
                    for j, col in enumerate(ref.columns):
                        self.data[col][i] = p[j]
                    if self._key_at(key, i) not in seen:
                        return True
        return False


def _as_columns(made: Any, where: str) -> tuple[dict[str, list[Any]], int]:
    """What expand returned, column by column, and its row count: a list of dicts (one per row; a
    column any of them sets is None where another leaves it out) or a dict of equally long lists."""
    if isinstance(made, Mapping):
        columns = {col: list(values) for col, values in made.items()}
        lengths = {col: len(values) for col, values in columns.items()}
        if len(set(lengths.values())) > 1:
            raise RuleError(f"{where}: expand returned columns of different lengths: "
                            + ", ".join(f"{c}={n}" for c, n in lengths.items()))
        return columns, next(iter(lengths.values()), 0)
    rows = list(made)
    if rows and type(rows[0]) is dict:   # the usual shape: every row a dict of the first row's columns
        names = tuple(rows[0])
        done = _same_shape_columns(rows, names)
        if done is not None:
            return dict(zip(names, done, strict=True)), len(rows)
    names = dict.fromkeys(chain.from_iterable(rows))
    if set(map(type, rows)) <= {dict}:
        return {col: list(map(dict.get, rows, repeat(col))) for col in names}, len(rows)
    return {col: [r.get(col) for r in rows] for col in names}, len(rows)


def _same_shape_columns_python(rows: list[Any], names: tuple[str, ...]) -> list[list[Any]] | None:
    """seeder._rowsfast.columns in Python: each name's values, when every row is a dict with exactly
    these keys; else None."""
    if set(map(type, rows)) != {dict} or set(map(len, rows)) != {len(names)}:
        return None
    try:
        return [list(map(itemgetter(name), rows)) for name in names]
    except KeyError:   # a row sets another column instead of one of these
        return None


_same_shape_columns = _rowsfast.columns if _rowsfast is not None else _same_shape_columns_python


def _collated(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Compare strings as the default collations do: case-insensitive, trailing spaces ignored."""
    return tuple(v.casefold().rstrip(" ") if isinstance(v, str) else v for v in values)


def _collated_column(values: list[Any]) -> list[Any]:
    """_collated over one column's values."""
    types = set(map(type, values))
    if str not in types:
        return values
    if types == {str}:   # every value a string: two passes in C
        return list(map(str.rstrip, map(str.casefold, values), repeat(" ")))
    return [v.casefold().rstrip(" ") if isinstance(v, str) else v for v in values]


def _decode(pick: int, units: list[tuple[tuple[str, ...], Sequence[Any]]],
            key: tuple[str, ...]) -> tuple[Any, ...]:
    """The key tuple (in key column order) that a combination index stands for."""
    values: dict[str, Any] = {}
    for cols, dom in units:
        v = dom[pick % len(dom)]
        pick //= len(dom)
        for j, col in enumerate(cols):
            values[col] = v if isinstance(dom, range) else v[j]
    return tuple(values[c] for c in key)


def _pick(rng: random.Random, parents: Sequence[Any], n: int, how: str) -> list[Any]:
    """n parent keys: skewed (older first), distinct (each once at most, None past the end) or cover
    (each at least once, in random order, then skewed)."""
    if not parents:
        return [None] * n
    if how == "distinct":
        chosen = rng.sample(list(parents), min(n, len(parents)))
        return chosen + [None] * (n - len(chosen))
    if how == "cover":
        first = rng.sample(list(parents), min(n, len(parents)))
        return first + [_skewed(rng, parents) for _ in range(n - len(first))]
    return [_skewed(rng, parents) for _ in range(n)]


def _skewed(rng: random.Random, items: Sequence[Any]) -> Any:
    """A mild preference for earlier items: older parents have more children."""
    return items[int(len(items) * rng.random() ** 1.3)]


def _finite_domain(col: Column, cp: ColumnPlan) -> Sequence[Any] | None:
    """Every value an inferred column of a small type can take; None for anything else."""
    if cp.kind != "value" or cp.source.startswith("rule:"):
        return None
    if col.family == "enum":
        return list(col.values)
    if col.family == "boolean":
        return [0, 1]
    if col.family == "bit":
        return range(2 ** (col.length or 1))
    if col.family == "year":
        return range(1901, 2156)
    if col.family == "integer" and (col.int_bytes or 4) <= 2:
        low, high = integer_range(col)
        return range(low, high + 1)
    return None
