"""Rows as rule functions see them: a row's own columns, and the rows its references point at."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from introspect.graph import Reference


class ColumnStore(Protocol):
    """Column-wise rows of one table (seeder.rows.TableRows)."""

    columns: tuple[str, ...]
    data: dict[str, list[Any]]


class _PyRowBase:
    """Row i of column-wise data: row[column] is data[column][i] (seeder._rowsfast.RowBase, in Python)."""

    __slots__ = ("_data", "_i")

    def __init__(self, data: dict[str, list[Any]], i: int) -> None:
        self._data, self._i = data, i

    def __getitem__(self, column: str) -> Any:
        return self._data[column][self._i]


try:   # the optional C base (seeder/_rowsfast.c): a read without a Python frame, 3x as fast
    from seeder._rowsfast import RowBase as _RowBase
except ImportError:   # pragma: no cover - exercised by installs without a compiler
    _RowBase = _PyRowBase


class RowRef(_RowBase, Mapping[str, Any]):   # type: ignore[misc,valid-type]
    """Row i of column-wise data as a read-only mapping, built in O(1): rollups and expands read a few
    columns of many rows, so no dict of every column is made per row."""

    __slots__ = ()

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(dict(self))


def row_refs(rows: ColumnStore) -> list[RowRef]:
    """A view of every row (a new list each call; the views, being live, are made once per table)."""
    n = len(next(iter(rows.data.values()))) if rows.data else 0
    made: list[RowRef] | None = getattr(rows, "_row_refs", None)
    if made is None or len(made) != n or (n and made[0]._data is not rows.data):
        made = [RowRef(rows.data, i) for i in range(n)]
        rows._row_refs = made   # type: ignore[attr-defined]
    return list(made)


def forget_row_refs(rows: ColumnStore) -> None:
    """Drop the views row_refs made of these rows (their columns are about to go)."""
    vars(rows).pop("_row_refs", None)


class _RuleView:
    """What a rule function reads: the columns listed in its `after` (fixed when the view is made: none of
    them changes while a column is computed), their parent rows, the window and the parameters."""

    __slots__ = ("_cols", "_data", "_params", "_parents", "window")

    def __init__(self, data: dict[str, list[Any]], parents: ParentLookup, allowed: frozenset[str],
                 window: Any = None, params: dict[str, Any] | None = None) -> None:
        self._cols = {c: data[c] for c in allowed if c in data}
        self._data, self._parents = data, parents
        self.window = window   # the run's history window: .start and .end (naive UTC datetimes)
        self._params = params or {}

    def param(self, name: str) -> Any:
        """A business parameter of the rule pack (its Parameters, the profile, --param overrides)."""
        try:
            return self._params[name]
        except KeyError:
            raise KeyError(f"no parameter {name!r}; declare it in the rules' Parameters.defaults") from None

    def _column(self, column: str) -> list[Any]:
        try:
            return self._cols[column]
        except KeyError:
            raise KeyError(f"{column!r} is not available to this rule: list it in after=[...]") from None


class Row(_RuleView):
    """Row i of a table being generated: `row["col"]`, `row.parent("fk_col")`, `row.window.end`.
    One Row serves a whole column: the caller moves `index` from row to row."""

    __slots__ = ("_views", "index")

    def __init__(self, data: dict[str, list[Any]], i: int, parents: ParentLookup,
                 allowed: frozenset[str], window: Any = None, params: dict[str, Any] | None = None) -> None:
        super().__init__(data, parents, allowed, window, params)
        self.index = i
        self._views: dict[str, list[Mapping[str, Any] | None]] = {}

    def __getitem__(self, column: str) -> Any:
        try:   # _column, inlined: a rule reads a row's columns millions of times
            return self._cols[column][self.index]
        except KeyError:
            return self._column(column)[self.index]   # raises, naming the column

    def get(self, column: str, default: Any = None) -> Any:
        value = self._column(column)[self.index]
        return default if value is None else value

    def parent(self, column: str) -> Mapping[str, Any] | None:
        """The row the reference through `column` points at, if the seeder generated it in this run
        (a read-only mapping: parent["col"], parent.get("col"))."""
        views = self._views.get(column)
        if views is None:
            self._column(column)
            views = self._views[column] = self._parents.rows_for(column, self._data)
        return views[self.index]


class ParentLookup:
    """Parent rows by reference column, built lazily from the rows generated so far: for each reference
    column, where every row's parent is, found once per column (not once per row and rule)."""

    def __init__(self, references: Sequence[Reference], store: dict[str, Any]) -> None:
        self._refs = {c: r for r in references for c in r.columns}
        self._store = store
        self._indexes: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], int]] = {}
        self._found: dict[str, tuple[list[list[Any]], Any, list[int | None]]] = {}
        self._views: dict[str, list[Mapping[str, Any] | None]] = {}

    def positions(self, column: str, data: dict[str, list[Any]]) -> tuple[Any, list[int | None]]:
        """The parent table's generated rows (None: none in this run) and, per row, the position of the
        row its reference through `column` points at (None: no such row generated)."""
        ref = self._refs.get(column)
        if ref is None:
            raise KeyError(f"{column!r} is not a reference column of this table")
        source = [data[c] for c in ref.columns]
        found = self._found.get(column)
        if found is not None and all(a is b for a, b in zip(found[0], source, strict=True)):
            return found[1], found[2]
        rows = self._store.get(ref.ref_table)
        if rows is None:
            where: list[int | None] = [None] * len(source[0])
        else:
            at = self._indexes.get((ref.ref_table, ref.ref_columns))
            if at is None:
                keys = zip(*[rows.data[c] for c in ref.ref_columns], strict=True)
                at = self._indexes[(ref.ref_table, ref.ref_columns)] = {k: i for i, k in enumerate(keys)}
            where = list(map(at.get, zip(*source, strict=True)))
        self._found[column] = (source, rows, where)   # the column lists themselves: a new list, a new lookup
        self._views.pop(column, None)
        return rows, where

    def rows_for(self, column: str, data: dict[str, list[Any]]) -> list[Mapping[str, Any] | None]:
        """The parent row (None: none generated in this run) of every row, through `column`'s reference."""
        rows, where = self.positions(column, data)
        views = self._views.get(column)
        if views is None:
            parents = row_refs(rows) if rows is not None else []
            views = self._views[column] = [None if p is None else parents[p] for p in where]
        return views

    def values_for(self, column: str, data: dict[str, list[Any]], field: str) -> list[Any]:
        """The `field` column of every row's parent row (None where there is none)."""
        rows, where = self.positions(column, data)
        if rows is None:
            return [None] * len(where)
        if field not in rows.data:
            raise KeyError(f"{field!r} is not a column of {self._refs[column].ref_table}")
        values = rows.data[field]
        if None in where:
            return [None if p is None else values[p] for p in where]
        return list(map(values.__getitem__, where))


class Columns(_RuleView):
    """The table being generated, column by column, as a whole-column rule function sees it:
    `cols["col"]` (the whole column, read-only), `cols.parent("fk_col", "col")` (that column of every
    row's parent row), `len(cols)`, `cols.window`, `cols.param(name)`."""

    __slots__ = ("_n",)

    def __init__(self, data: dict[str, list[Any]], n: int, parents: ParentLookup, allowed: frozenset[str],
                 window: Any = None, params: dict[str, Any] | None = None) -> None:
        super().__init__(data, parents, allowed, window, params)
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, column: str) -> list[Any]:
        return self._column(column)

    def parent(self, column: str, field: str) -> list[Any]:
        """`field` of the row each row's reference through `column` points at (None where the seeder
        generated no such row in this run)."""
        self._column(column)
        return self._parents.values_for(column, self._data, field)
