"""Numeric generators: ranges, money, quantities, percentages, ratings, coordinates, flags, bits.

Every generator works out a Decimal interval that both the rule (params low/high) and
the column (integer width, DECIMAL precision/scale, FLOAT(M,D), VARCHAR length) allow,
draws floats in it with `rng`, rounds *down* to the places the column keeps and emits
the family's Python type: int, Decimal, float, or a plain decimal string for text columns.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.values.base import Context, Drawer, ValueEnv
from seeder.values.limits import WIDE, decimal_bounds, decimal_shape, float_bounds, int_bounds, length_of

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

_STRINGS = ("char", "varchar", "text", "unknown")
_DEFAULT_INT_HIGH = {1: 100, 2: 1000, 3: 100_000, 4: 100_000, 8: 1_000_000}


def column_span(column: Column, places: int) -> tuple[Decimal, Decimal, int]:
    """(low, high, places actually kept) of what the column can store."""
    family = column.family
    if family in ("integer", "boolean", "bit", "year"):
        low, high = int_bounds(column) if family == "integer" else (0, 1)
        return Decimal(low), Decimal(high), 0
    if family == "decimal":
        low, high = decimal_bounds(column)
        return low, high, min(places, decimal_shape(column)[1])
    if family == "float":
        low, high = float_bounds(column)
        kept = min(places, column.scale) if column.precision and column.scale is not None else places
        return Decimal(max(low, -1e30)), Decimal(min(high, 1e30)), kept
    limit = min(length_of(column), 30)
    kept = places if limit >= places + 2 else 0
    digits = max(limit - (kept + 1 if kept else 0), 1)
    top = Decimal(10) ** digits - Decimal(1).scaleb(-kept)
    bottom = -(Decimal(10) ** (digits - 1) - Decimal(1).scaleb(-kept)) if digits > 1 else Decimal(0)
    return bottom, top, kept


def target_span(column: Column, low: float, high: float, places: int) -> tuple[Decimal, Decimal, int]:
    """The wanted [low, high] cut to the column; if they do not overlap, the column's own span from 0."""
    col_low, col_high, kept = column_span(column, places)
    lo, hi = max(Decimal(repr(low)), col_low), min(Decimal(repr(high)), col_high)
    if lo > hi:
        lo, hi = (max(col_low, Decimal(0)), col_high) if col_high >= 0 else (col_low, col_high)
    return lo, hi, kept


def emit(column: Column, value: Decimal, places: int) -> Any:
    """value in the Python type the column's family takes."""
    if column.family in ("integer", "boolean", "bit", "year"):
        return int(value)
    if column.family == "decimal":
        return value
    if column.family == "float":
        return float(value)
    return format(value, f".{places}f")


def _quantize(value: float, lo: Decimal, hi: Decimal, places: int) -> Decimal:
    unit = Decimal(1).scaleb(-places)
    number = Decimal(repr(value)).quantize(unit, rounding=ROUND_DOWN, context=WIDE)
    floor_hi = hi.quantize(unit, rounding=ROUND_FLOOR, context=WIDE)
    return min(max(number, lo.quantize(unit, rounding=ROUND_CEILING, context=WIDE)), floor_hi)


def _sampler(shape: str, low: float, high: float) -> Callable[[random.Random], float]:
    """One float in [low, high]: "uniform", "log" (log-uniform, money) or "small" (skewed low)."""
    if shape == "log" and low > 0:
        log_low, log_high = math.log(low), math.log(high)
        return lambda rng: min(max(math.exp(rng.uniform(log_low, log_high)), low), high)
    if shape == "small":
        return lambda rng: low + (high - low) * rng.random() ** 2
    return lambda rng: rng.uniform(low, high)


def span_drawer(column: Column, low: float, high: float, places: int, shape: str = "uniform") -> Drawer:
    """Numbers in [low, high] ∩ column, shaped by `_sampler`, in the column's Python type."""
    lo, hi, kept = target_span(column, low, high, places)
    one = _sampler(shape, float(lo), float(hi))
    if column.family == "integer":
        first, last = math.ceil(lo), math.floor(hi)

        def draw_ints(rng: random.Random, n: int, ctx: Context) -> list[Any]:
            return [min(max(int(one(rng)), first), last) for _ in range(n)]
        return draw_ints

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [emit(column, _quantize(one(rng), lo, hi, kept), kept) for _ in range(n)]
    return draw


def _default_places(column: Column) -> int:
    if column.family == "decimal":
        return min(decimal_shape(column)[1], 4)
    return 0 if column.family == "integer" else 2 if column.family in _STRINGS else 4


def range_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Generic numbers: params low/high/decimals, else a modest range for the width."""
    default_high = _DEFAULT_INT_HIGH.get(column.int_bytes or 4, 100_000) if column.family == "integer" else 1000
    places = spec.param("decimals", _default_places(column))
    return span_drawer(column, spec.param("low", 0), spec.param("high", default_high), places)


def money_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Positive amounts, log-uniform between low and high, two decimals."""
    return span_drawer(column, spec.param("low", 1), spec.param("high", 1000), spec.param("decimals", 2), "log")


def decimal_string_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Numbers kept in text columns: plain strings such as "125.50"."""
    low, high = spec.param("low", 1), spec.param("high", 1000)
    return span_drawer(column, low, high, spec.param("decimals", 2), "log" if low > 0 else "uniform")


def quantity_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Whole quantities, small ones more often."""
    return span_drawer(column, spec.param("low", 1), spec.param("high", 20), 0, "small")


def percent_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """0-100 or 0-1, whichever the column's precision/scale (and the name's unit) suggests."""
    ratio = spec.param("unit", "percent") == "ratio"
    if column.family == "decimal":
        _, top = decimal_bounds(column)
        scale = decimal_shape(column)[1]
        ratio = top < 100 or (ratio and scale >= 3)
    elif column.family == "integer":
        ratio = False
    places = 4 if ratio else 2
    return span_drawer(column, 0, 1 if ratio else 100, places)


def rating_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Ratings from 1 to 5 (one decimal where the column keeps decimals)."""
    return span_drawer(column, spec.param("low", 1), spec.param("high", 5), 1)


def latitude_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Latitudes in degrees, six decimals where the column allows."""
    return span_drawer(column, -90, 90, 6)


def longitude_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Longitudes in degrees, six decimals where the column allows."""
    return span_drawer(column, -180, 180, 6)


def flag_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """0/1 with P(1) = true_share."""
    share = float(spec.param("true_share", 0.5))

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [1 if rng.random() < share else 0 for _ in range(n)]
    return draw


def bit_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Uniform integers below 2**n for BIT(n)."""
    width = length_of(column)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [rng.getrandbits(width) for _ in range(n)]
    return draw
