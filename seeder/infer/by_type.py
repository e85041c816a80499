"""Type rules: the generator a column gets from its family when its name says nothing useful.

Also home of the family groups the name table uses. Rules are ordered; the first whose
families include the column's family and whose `when` predicate holds wins. A rule is
`generic` when it is only a guess from the type (the plan reports those as gaps);
types whose values are fully described by the type (ENUM, SET, BOOLEAN, UUID, INET)
are not generic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from introspect.graph import Column

STRINGS = frozenset({"char", "varchar", "text"})
SHORT = frozenset({"char", "varchar"})
NUMBERS = frozenset({"integer", "decimal", "float"})
POINTS = frozenset({"date", "datetime", "timestamp"})
CLOCK = POINTS | {"time", "year"}
FLAGS = frozenset({"boolean", "integer", "bit"})
JSON = frozenset({"json"})
JSON_OR_TEXT = frozenset({"json", "text"})
BYTES = frozenset({"binary", "varbinary", "blob"})
#: temporal names that may also live in epoch integers or ISO strings
TEMPORAL_ANY = CLOCK | {"integer", "char", "varchar"}

#: key used when nothing else fits (family "unknown" or a family no rule covers)
FALLBACK_KEY = "fallback.string"


@dataclass(frozen=True)
class TypeRule:
    """One line of the type table."""

    families: frozenset[str]
    key: str
    generic: bool = True
    when: Callable[[Column], bool] | None = None

    def applies(self, column: Column) -> bool:
        return column.family in self.families and (self.when is None or self.when(column))


# --- capability predicates (also used by the name table) --------------------------------
def temporal_capable(column: Column) -> bool:
    """Epoch integers need 4 bytes; ISO strings need 10 characters."""
    if column.family == "integer":
        return (column.int_bytes or 4) >= 4
    if column.family in SHORT:
        return (column.length or 0) >= 10
    return True


def year_capable(column: Column) -> bool:
    """Years need 2-byte integers or 4 characters."""
    if column.family == "integer":
        return (column.int_bytes or 4) >= 2
    return column.family not in SHORT or (column.length or 0) >= 4


def wide_enough(minimum: int) -> Callable[[Column], bool]:
    """A predicate: integers of 4+ bytes, BINARY/VARBINARY of `minimum`+ bytes, anything else."""
    def check(column: Column) -> bool:
        if column.family == "integer":
            return (column.int_bytes or 4) >= 4
        return column.family not in ("binary", "varbinary") or (column.length or 0) >= minimum
    return check


def at_most(characters: int) -> Callable[[Column], bool]:
    """A predicate: the column holds at most `characters` characters."""
    def check(column: Column) -> bool:
        return column.length is not None and column.length <= characters
    return check


def flag_capable(column: Column) -> bool:
    """Flags fit anything but BIT(n > 1)."""
    return column.family != "bit" or (column.length or 1) == 1


def _is_uuid_sized(column: Column) -> bool:
    return column.length == 36


def _is_single_bit(column: Column) -> bool:
    return (column.length or 1) == 1


#: The ordered type table. First match wins.
TYPE_RULES: tuple[TypeRule, ...] = (
    TypeRule(SHORT, "uuid.v4", when=_is_uuid_sized),          # CHAR(36) is almost always a UUID
    TypeRule(frozenset({"boolean"}), "bool.flag", generic=False),
    TypeRule(frozenset({"bit"}), "bool.flag", generic=False, when=_is_single_bit),
    TypeRule(frozenset({"bit"}), "bit.random"),
    TypeRule(frozenset({"integer"}), "int.range"),
    TypeRule(frozenset({"decimal"}), "decimal.range"),
    TypeRule(frozenset({"float"}), "float.range"),
    TypeRule(POINTS, "temporal.event"),
    TypeRule(frozenset({"time"}), "temporal.time"),
    TypeRule(frozenset({"year"}), "temporal.year"),
    TypeRule(SHORT, "text.words"),
    TypeRule(frozenset({"text"}), "text.paragraph"),
    TypeRule(BYTES, "binary.random"),
    TypeRule(frozenset({"enum"}), "enum.pick", generic=False),
    TypeRule(frozenset({"set"}), "set.subset", generic=False),
    TypeRule(JSON, "json.object"),
    TypeRule(frozenset({"uuid"}), "uuid.v4", generic=False),
    TypeRule(frozenset({"inet4"}), "inet.ipv4", generic=False),
    TypeRule(frozenset({"inet6"}), "inet.ipv6", generic=False),
)


def match_type(column: Column) -> TypeRule | None:
    """The first rule of TYPE_RULES that fits the column, or None (family "unknown")."""
    for rule in TYPE_RULES:
        if rule.applies(column):
            return rule
    return None
