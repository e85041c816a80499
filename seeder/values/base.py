"""Shared pieces of the value layer: the run environment, the ColumnValues protocol and
the one implementation of it that every generator key is built into.

A generator is split in two parts:

* a *drawer* `(rng, n, row_context) -> list` producing n raw values, possibly of a
  convenient Python type (a datetime for a DATE column, a Decimal for a VARCHAR);
  `fit_value` turns each raw value into what the column holds;
* a *codec* deciding `make_unique` and `capacity` for the column (see `unique`).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from introspect.graph import Column
from seeder.values.fit import fit_value
from seeder.values.fitcolumn import make_column_fitter

Context = Mapping[str, Sequence[Any]]
Drawer = Callable[[random.Random, int, Context], list[Any]]


@dataclass(frozen=True)
class ValueEnv:
    """What every generator of a run shares."""

    seed: int                     # run seed
    start: datetime               # history window (naive, UTC)
    end: datetime
    locale: str = "en"


class ColumnValues(Protocol):
    """Values for one column, drawn column-wise."""

    def draw(self, rng: random.Random, n: int, row_context: Context) -> list[Any]: ...

    def make_unique(self, value: Any, k: int) -> Any: ...

    def capacity(self) -> int | None: ...


class Codec(Protocol):
    """Variants and capacity of one column's value space."""

    def variant(self, value: Any, k: int) -> Any: ...

    def capacity(self) -> int | None: ...


def stable_seed(*parts: object) -> int:
    """A 64-bit seed from the parts, identical in every process (unlike hash())."""
    text = "\x1f".join(str(part) for part in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


@dataclass(frozen=True)
class Values:
    """ColumnValues built from a drawer and a codec; fits every value and applies NULLs."""

    column: Column
    drawer: Drawer
    codec: Codec
    null_share: float = 0.0

    def draw(self, rng: random.Random, n: int, row_context: Context) -> list[Any]:
        raw = self.drawer(rng, n, row_context)
        values = make_column_fitter(self.column, null_checked=True)(raw)
        if self.column.nullable and self.null_share > 0:
            share = self.null_share
            values = [None if rng.random() < share else value for value in values]
        return values

    def make_unique(self, value: Any, k: int) -> Any:
        if value is None:
            raise ValueError(f"column {self.column.name!r}: NULL has no variants")
        if k < 1:
            raise ValueError(f"column {self.column.name!r}: variant number must be >= 1, got {k}")
        return fit_value(self.column, self.codec.variant(value, k))

    def capacity(self) -> int | None:
        return self.codec.capacity()


def picker(pool: Sequence[Any]) -> Drawer:
    """A drawer choosing uniformly from a non-empty pool."""
    items = tuple(pool)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [rng.choice(items) for _ in range(n)]
    return draw


def weighted_picker(items: Sequence[Any], weights: Sequence[float]) -> Drawer:
    """A drawer choosing from items with the given relative weights."""
    values, relative = tuple(items), tuple(weights)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return rng.choices(values, weights=relative, k=n)
    return draw


def context_column(spec_after: tuple[str, ...], ctx: Context, n: int) -> Sequence[Any]:
    """The first `after` column's values from the row context, or n Nones."""
    if spec_after and spec_after[0] in ctx:
        values = ctx[spec_after[0]]
        if len(values) == n:
            return values
    return [None] * n
