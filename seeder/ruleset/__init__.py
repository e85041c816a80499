"""Rule files: the user's domain knowledge layered over inference."""

from seeder.ruleset.api import (
    Derived,
    Invariant,
    Param,
    Parameters,
    Poly,
    Ref,
    Rollup,
    Source,
    TableRule,
    Use,
    derived,
    derived_column,
    money,
    param,
)
from seeder.ruleset.loader import RuleSet, load_rules

__all__ = ["Derived", "Invariant", "Param", "Parameters", "Poly", "Ref", "Rollup", "RuleSet", "Source", "TableRule", "Use",
           "derived", "derived_column", "load_rules", "money", "param"]
