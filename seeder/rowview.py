"""Rows as rule functions see them: a row's own columns, and the rows its references point at."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from introspect.graph import Reference


class ColumnStore(Protocol):
    """Column-wise rows of one table (seeder.rows.TableRows)."""

    columns: tuple[str, ...]
    data: dict[str, list[Any]]


class RowIndex:
    """Find a generated row of a table by the values of some of its columns."""

    def __init__(self, rows: ColumnStore, columns: tuple[str, ...]) -> None:
        self.rows = rows
        self._at = {key: i for i, key in enumerate(zip(*[rows.data[c] for c in columns], strict=True))}

    def get(self, key: tuple[Any, ...]) -> Mapping[str, Any] | None:
        i = self._at.get(key)
        return None if i is None else RowRef(self.rows.data, i)


class RowRef(Mapping[str, Any]):
    """Row i of column-wise data as a read-only mapping, built in O(1): rollups and expands read a few
    columns of many rows, so no dict of every column is made per row."""

    __slots__ = ("_data", "_i")

    def __init__(self, data: dict[str, list[Any]], i: int) -> None:
        self._data, self._i = data, i

    def __getitem__(self, column: str) -> Any:
        return self._data[column][self._i]

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


class Row:
    """Row i of a table being generated: `row["col"]`, `row.parent("fk_col")`, `row.window.end`."""

    def __init__(self, data: dict[str, list[Any]], i: int, parents: ParentLookup,
                 allowed: frozenset[str], window: Any = None, params: dict[str, Any] | None = None) -> None:
        self._data, self.index, self._parents, self._allowed = data, i, parents, allowed
        self.window = window   # the run's history window: .start and .end (naive UTC datetimes)
        self._params = params or {}

    def param(self, name: str) -> Any:
        """A business parameter of the rule pack (its Parameters, the profile, --param overrides)."""
        try:
            return self._params[name]
        except KeyError:
            raise KeyError(f"no parameter {name!r}; declare it in the rules' Parameters.defaults") from None

    def _check(self, column: str) -> None:
        if column not in self._allowed or column not in self._data:
            raise KeyError(f"{column!r} is not available to this rule: list it in after=[...]")

    def __getitem__(self, column: str) -> Any:
        self._check(column)
        return self._data[column][self.index]

    def get(self, column: str, default: Any = None) -> Any:
        self._check(column)
        value = self._data[column][self.index]
        return default if value is None else value

    def parent(self, column: str) -> Mapping[str, Any] | None:
        """The row the reference through `column` points at, if the seeder generated it in this run
        (a read-only mapping: parent["col"], parent.get("col"))."""
        self._check(column)
        return self._parents.lookup(column, self._data, self.index)


class ParentLookup:
    """Parent rows by reference column, built lazily from the rows generated so far."""

    def __init__(self, references: Sequence[Reference], store: dict[str, Any]) -> None:
        self._refs = {c: r for r in references for c in r.columns}
        self._store = store
        self._indexes: dict[tuple[str, tuple[str, ...]], RowIndex] = {}

    def lookup(self, column: str, data: dict[str, list[Any]], i: int) -> Mapping[str, Any] | None:
        ref = self._refs.get(column)
        if ref is None:
            raise KeyError(f"{column!r} is not a reference column of this table")
        rows = self._store.get(ref.ref_table)
        if rows is None:
            return None
        index = self._indexes.get((ref.ref_table, ref.ref_columns))
        if index is None:
            index = self._indexes[(ref.ref_table, ref.ref_columns)] = RowIndex(rows, ref.ref_columns)
        return index.get(tuple(data[c][i] for c in ref.columns))
