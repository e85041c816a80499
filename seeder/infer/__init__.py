"""Generator inference: which generator fills an ordinary column, and why.

`infer_column` looks at a column's name (normalised, see `by_name.normalise`), then at
its type (`by_type`), then falls back to something safe. It returns a `GeneratorSpec`:
a small, hashable description that `seeder.values.build_values` turns into values.

Foreign-key, auto-increment and generated columns are handled elsewhere and never
reach this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class GeneratorSpec:
    """How to fill one column.

    key         generator name, e.g. "person.email" (see `seeder.values.GENERATOR_KEYS`)
    params      extra settings as sorted (name, value) pairs, kept hashable
    source      why: "name:<regex>", "type:<raw_type>", "rule:<file>" or "fallback:<raw_type>"
    generic     True when only a generic type-based guess was possible (a gap in the plan)
    after       columns of the same row whose values must be drawn first
    null_share  share of NULLs written to a nullable column (0 for NOT NULL)
    """

    key: str
    params: tuple[tuple[str, Any], ...] = ()
    source: str = ""
    generic: bool = False
    after: tuple[str, ...] = ()
    null_share: float = 0.0

    def param(self, name: str, default: Any = None) -> Any:
        """The value of parameter `name`, or `default` when it is not set."""
        for key, value in self.params:
            if key == name:
                return value
        return default


# Imported after GeneratorSpec exists: resolve builds GeneratorSpec instances.
from seeder.infer.resolve import infer_column

__all__ = ["GeneratorSpec", "infer_column"]
