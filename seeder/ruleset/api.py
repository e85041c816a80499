"""The surface rule files import: TableRule, Use, Ref, Poly.

A rule file holds one or more TableRule subclasses. Class attributes named after columns set how
that column is generated: a constant, `Use.choice(...)`, or `Use("generator.key", **params)`.
Every column without a rule keeps its inferred generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


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


class TableRule:
    """Base class of a rule for one table. Subclass it in a file under a rules directory."""

    table: ClassVar[str]
    rows: ClassVar[int | None] = None
    references: ClassVar[list[Ref]] = []
    polymorphic: ClassVar[list[Poly]] = []

    RESERVED: ClassVar[frozenset[str]] = frozenset({"table", "rows", "references", "polymorphic", "RESERVED"})

    @classmethod
    def column_rules(cls) -> dict[str, Any]:
        """Column name -> Use or constant, for every non-reserved public class attribute."""
        out: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            if klass in (TableRule, object):
                continue
            for name, value in vars(klass).items():
                if name.startswith("_") or name in cls.RESERVED or callable(value) and not isinstance(value, Use):
                    continue
                if isinstance(value, (classmethod, staticmethod, property)):
                    continue
                out[name] = value
        return out
