"""Putting the rules together: name rules, then type rules, then the fallback.

Besides choosing a key, resolution decides two row-level things:

* `after`: temporal columns that must follow another column of the same row. An
  updated/deleted/event/future column follows the table's created-like column; an
  end-like column (ends_at, valid_to, check_out ...) follows its start-like partner.
  Partners are found among the siblings by running the name table on them, so a
  partner is exactly a column that itself resolves to the expected key.
* `null_share`: 0 for NOT NULL columns; the rule's own share when it has one
  (deleted_at -> 0.9); 1.0 for types nobody recognises; otherwise DEFAULT_NULL_SHARE.
"""

from __future__ import annotations

import os
import re

from introspect.graph import Column
from seeder.infer import GeneratorSpec
from seeder.infer.by_name import START, match_name, normalise
from seeder.infer.by_type import FALLBACK_KEY, match_type

#: share of NULLs for nullable columns whose rule says nothing more specific
DEFAULT_NULL_SHARE = 0.1
#: keys whose values must not precede the row's created-like column
FOLLOWS_CREATED = frozenset({"temporal.updated", "temporal.deleted", "temporal.event",
                             "temporal.future", "temporal.end"})


def infer_column(table_name: str, column: Column, sibling_columns: tuple[Column, ...]) -> GeneratorSpec:
    """Choose the generator for an ordinary (non-reference, non-generated) column."""
    siblings = tuple(c for c in sibling_columns if c.name != column.name)
    rule = match_name(table_name, column, siblings)
    if rule is not None:
        spec = GeneratorSpec(rule.key, rule.params, f"name:{_matched(rule.pattern, column.name)}")
        share = rule.null_share
    else:
        type_rule = match_type(column)
        if type_rule is not None:
            spec = GeneratorSpec(type_rule.key, (), f"type:{column.raw_type}", generic=type_rule.generic)
            share = None
        else:
            spec = GeneratorSpec(FALLBACK_KEY, (), f"fallback:{column.raw_type}", generic=True)
            share = 1.0
    return GeneratorSpec(
        key=spec.key,
        params=spec.params,
        source=spec.source,
        generic=spec.generic,
        after=_after(table_name, spec.key, column, siblings),
        null_share=_null_share(column, share),
    )


def _matched(pattern: str, name: str) -> str:
    """The part of the (normalised) name the rule matched: short enough for a plan line."""
    found = re.search(pattern, normalise(name))
    return found.group(0).strip("_") if found else pattern


def _null_share(column: Column, share: float | None) -> float:
    if not column.nullable:
        return 0.0
    return DEFAULT_NULL_SHARE if share is None else share


def _after(table_name: str, key: str, column: Column, siblings: tuple[Column, ...]) -> tuple[str, ...]:
    """The sibling this temporal column must follow, as a 0- or 1-tuple."""
    if key not in FOLLOWS_CREATED:
        return ()
    if key == "temporal.end":
        start = _partner(table_name, column, siblings, "temporal.event", START)
        if start is not None:
            return (start,)
    created = _partner(table_name, column, siblings, "temporal.created", None)
    return () if created is None else (created,)


def _kind(column: Column) -> str:
    """"time" for times of day, "year" for years, "point" for everything else."""
    return column.family if column.family in ("time", "year") else "point"


def _partner(table_name: str, column: Column, siblings: tuple[Column, ...], key: str,
             pattern: str | None) -> str | None:
    """The sibling resolving to `key` (and matching `pattern`) closest in name to `column`."""
    everyone = (column, *siblings)
    candidates = []
    for sibling in siblings:
        if sibling.generated or sibling.auto_increment or _kind(sibling) != _kind(column):
            continue
        if _kind(column) == "year" or (pattern and not re.search(pattern, normalise(sibling.name))):
            continue
        rule = match_name(table_name, sibling, everyone)
        if rule is not None and rule.key == key:
            candidates.append(sibling.name)
    if not candidates:
        return None
    own = normalise(column.name)
    return max(candidates, key=lambda name: _likeness(own, normalise(name)))


def _likeness(a: str, b: str) -> tuple[int, int]:
    """How alike two normalised names are: shared tokens, then the common prefix (trial_end ~ trial_start)."""
    shared = len(set(a.split("_")) & set(b.split("_")))
    return shared, len(os.path.commonprefix([a, b]))

