"""Rule files: the user's domain knowledge layered over inference."""

from seeder.ruleset.api import Derived, Invariant, Poly, Ref, Rollup, TableRule, Use, derived
from seeder.ruleset.loader import RuleSet, load_rules

__all__ = ["Derived", "Invariant", "Poly", "Ref", "Rollup", "RuleSet", "TableRule", "Use", "derived", "load_rules"]
