"""Rule files: the user's domain knowledge layered over inference."""

from seeder.ruleset.api import Poly, Ref, TableRule, Use
from seeder.ruleset.loader import RuleSet, load_rules

__all__ = ["Poly", "Ref", "RuleSet", "TableRule", "Use", "load_rules"]
