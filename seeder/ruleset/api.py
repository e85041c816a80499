"""The surface rule files import: TableRule, Use, Ref, Poly.

A rule file holds one or more TableRule subclasses. Class attributes named after columns set how
that column is generated: a constant, `Use.choice(...)`, or `Use("generator.key", **params)`.
Every column without a rule keeps its inferred generator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, DefaultContext
from typing import Any, ClassVar

from seeder.rowview import row_refs


@dataclass(frozen=True)
class Use:
    """A generator for one column: a key of seeder.values with parameters."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, key: str, **params: Any) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", params)

    @staticmethod
    def choice(values: list[Any], weights: list[float] | None = None) -> Use:
        """Pick one of the values, optionally weighted."""
        return Use("choice.pick", values=tuple(values), weights=tuple(weights) if weights else None)

    @staticmethod
    def const(value: Any) -> Use:
        return Use("const.value", value=value)


@dataclass(frozen=True)
class Ref:
    """A reference the schema does not declare: column(s) of this table -> key of another table."""

    columns: str | tuple[str, ...]
    ref_table: str
    ref_columns: str | tuple[str, ...] = "id"
    pick: str = "skewed"     # "skewed" (older parents get more), "distinct" (each parent once at most),
                             # "cover" (every parent at least once, then skewed)

    def as_tuple(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        cols = (self.columns,) if isinstance(self.columns, str) else tuple(self.columns)
        refs = (self.ref_columns,) if isinstance(self.ref_columns, str) else tuple(self.ref_columns)
        return cols, refs


@dataclass(frozen=True)
class Poly:
    """A polymorphic pair: the value of type_column names the table id_column points at."""

    type_column: str
    id_column: str
    targets: dict[str, str]


@dataclass(frozen=True)
class Derived:
    """A column computed from other columns of the same row (and the rows they reference).

    fn(row, rng) -> value; `row["col"]` reads a column listed in `after`, `row.parent("fk_col")` the
    referenced row (a dict) of a reference column listed in `after`.
    """

    column: str
    after: tuple[str, ...]
    fn: Callable[..., Any]
    whole: bool = False   # fn(cols, rng) -> one value per row, for the whole column at once


def derived(column: str, after: list[str] | tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Derived]:
    """Decorator: `@derived("total", after=["subtotal", "tax"])` over `def total(row, rng): ...`."""
    def wrap(fn: Callable[..., Any]) -> Derived:
        return Derived(column=column, after=tuple(after), fn=fn)
    return wrap


def derived_column(column: str, after: list[str] | tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Derived]:
    """Decorator: a derived column computed whole, for speed on large tables: fn(cols, rng) returns a list
    of one value per row; `cols["col"]` is a listed column (all rows), `cols.parent("fk_col", "col")`
    that column of every row's parent, `len(cols)` the row count."""
    def wrap(fn: Callable[..., Any]) -> Derived:
        return Derived(column=column, after=tuple(after), fn=fn, whole=True)
    return wrap


@dataclass(frozen=True)
class Rollup:
    """A column of this table computed from its child rows once they exist (an UPDATE of our rows).

    child rows are those of `child` whose `via` column points at this row's key; fn(parent, children)
    gets the parent row and the list of child rows (dicts) and returns the value.
    """

    column: str
    child: str
    via: str
    fn: Callable[[dict[str, Any], list[dict[str, Any]]], Any]
    of: str | None = None    # set by Rollup.sum: the engine then sums that column without calling fn

    @staticmethod
    def sum(column: str, child: str, via: str, of: str) -> Rollup:
        """column = the sum of the children's `of` column, to the cent (0 when there is none)."""
        return Rollup(column, child, via, lambda parent, rows: total(r[of] for r in rows), of=of)


def total(values: Iterable[Any]) -> Decimal:
    """The sum of the values that are set, to the cent (0 when there is none): what Rollup.sum writes."""
    return money(sum((Decimal(v) for v in values if v is not None), Decimal(0)))


def money(value: Any, places: int = 2) -> Decimal:
    """value rounded half away from zero to `places` decimals, as MySQL's ROUND does (Python's default
    rounding is half-even: a total computed in a rule would then differ from ROUND() in an invariant)."""
    quantum = _QUANTA.get(places)
    return _HALF_UP.quantize(value if type(value) is Decimal else Decimal(value),
                             Decimal(1).scaleb(-places) if quantum is None else quantum)


_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(7)}
_HALF_UP = Context(prec=DefaultContext.prec, rounding=ROUND_HALF_UP)   # a positional quantize: 2x as fast


@dataclass(frozen=True)
class Invariant:
    """A business fact verify checks: `sql` selects the rows that break it (none selected: it holds).
    It runs wrapped as a subquery (`SELECT COUNT(*) FROM (sql) broken`), so its result columns need
    distinct names (alias `o.id AS order_id, i.id AS invoice_id`)."""

    name: str
    sql: str


@dataclass(frozen=True)
class Param:
    """A business parameter by name, resolved per run (profile, then --param overrides); `param("orders")
    * 3` scales it. Usable as a TableRule's `rows`; rule functions read parameters with row.param(name)."""

    name: str
    factor: float = 1.0

    def __mul__(self, k: float) -> Param:
        return Param(self.name, self.factor * k)

    __rmul__ = __mul__

    def resolve(self, params: dict[str, Any]) -> int:
        return max(0, round(float(params[self.name]) * self.factor))


def param(name: str) -> Param:
    return Param(name)


class Parameters:
    """The business parameters of a rule pack, in one place: defaults, and what each profile changes.

    Subclass it once per rules directory; `--profile NAME` picks a profile, `--param NAME=VALUE` overrides.
    `window_months` sets the default history window (ending today) when --start is not given.
    """

    defaults: ClassVar[dict[str, Any]] = {}
    profiles: ClassVar[dict[str, dict[str, Any]]] = {}
    window_months: ClassVar[int | None] = None


class Source:
    """What an `expand` function reads: the rows generated earlier in this run, the window, parameters."""

    def __init__(self, store: dict[str, Any], reads: tuple[str, ...], window: Any, params: dict[str, Any],
                 first_key: int = 1) -> None:
        self._store, self._reads, self.window, self._params = store, reads, window, params
        self.first_key = first_key   # the sequential key of the first row built: row k gets first_key + k

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of `table` generated in this run (with their rolled-up columns), in key order, as
        read-only mappings (row["col"], row.get("col"); dict(row) for a copy)."""
        if table not in self._reads:
            raise KeyError(f"{table!r} is not available to this rule: list it in reads = (...)")
        stored = self._store.get(table)
        return [] if stored is None else row_refs(stored)

    def param(self, name: str) -> Any:
        try:
            return self._params[name]
        except KeyError:
            raise KeyError(f"no parameter {name!r}; declare it in the rules' Parameters.defaults") from None


class TableRule:
    """Base class of a rule for one table. Subclass it in a file under a rules directory."""

    table: ClassVar[str]
    rows: ClassVar[int | Param | None] = None
    references: ClassVar[list[Ref]] = []
    polymorphic: ClassVar[list[Poly]] = []
    rollups: ClassVar[list[Rollup]] = []
    invariants: ClassVar[list[Invariant]] = []
    fixtures: ClassVar[list[dict[str, Any]]] = []    # fixed first rows (the rest are generated)
    reads: ClassVar[tuple[str, ...]] = ()             # tables `expand` reads: generated before this one
    # expand(src, rng) -> list of dicts: when a rule defines it, the table gets exactly one row per dict,
    # built from the rows of the tables in `reads` (src.rows(table)); a column set in any dict is set in
    # every row (None where a dict leaves it out); the other columns are generated as usual.
    expand: ClassVar[Callable[..., list[dict[str, Any]]] | None] = None

    RESERVED: ClassVar[frozenset[str]] = frozenset({"table", "rows", "references", "polymorphic", "rollups",
                                                    "invariants", "fixtures", "reads", "expand", "RESERVED"})

    @classmethod
    def column_rules(cls) -> dict[str, Any]:
        """Column name -> Use or constant, for every non-reserved public class attribute."""
        out: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            if klass in (TableRule, object):
                continue
            for name, value in vars(klass).items():
                if name.startswith("_") or name in cls.RESERVED or \
                        callable(value) and not isinstance(value, (Use, Derived)):
                    continue
                if isinstance(value, (classmethod, staticmethod, property)):
                    continue
                out[value.column if isinstance(value, Derived) else name] = value
        return out
