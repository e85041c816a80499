"""Values: turn a GeneratorSpec and a Column into values that always fit the column.

    env = ValueEnv(seed=7, start=datetime(2020, 1, 1), end=datetime(2024, 12, 31))
    values = build_values(spec, column, env)
    rows = values.draw(random.Random(1), 500, {})        # column-wise, bulk
    values.make_unique(rows[0], 1)                       # a distinct variant that still fits
    values.capacity()                                    # distinct values the column holds, or None

Modules: `base` (ValueEnv, ColumnValues, Values), `limits` (type limits), `convert` and
`fit` (fit_value), `unique` and `codecs` (make_unique/capacity), `pools` (mimesis pools),
`numbers`, `temporal`, `text`, `people`, `web`, `structured` (generators), `registry`
(key -> generator).
"""

from __future__ import annotations

from seeder.values.base import ColumnValues, ValueEnv
from seeder.values.fit import fit_value
from seeder.values.registry import GENERATOR_KEYS, build_values

__all__ = ["GENERATOR_KEYS", "ColumnValues", "ValueEnv", "build_values", "fit_value"]
