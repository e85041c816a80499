"""Undeclared references, found from column names and types.

`infer_references` looks at every id-like column that no FOREIGN KEY covers
(`clientId`, `parent_strain_id`, `created_by`, `owner_fk`, ...) and matches it
to a table by normalised names (see `introspect.names`), then checks that the
types can hold the target key. Each guess carries a confidence and a readable
evidence string; the seeder only uses guesses at or above `DEFAULT_THRESHOLD`.
It also finds polymorphic (type column, id column) pairs such as
`commentable_type` + `commentable_id`. Nothing here knows any particular schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from introspect.graph import Column, Polymorphic, Reference, SchemaGraph, Table
from introspect.names import ends_with, key, show, singular_tokens, starts_with, tokens

#: Inferred references at or above this confidence are used for generation.
DEFAULT_THRESHOLD = 0.7

ID_SUFFIXES = frozenset({"id", "fk", "uuid", "guid"})
#: Leading qualifiers that name a role in a relation rather than a different entity.
RELATIONAL = frozenset({"parent", "child", "source", "target", "from", "to", "original", "previous",
                        "prev", "next", "related", "root", "master"})
TYPE_WORDS = frozenset({"type", "kind"})
_GROUP = {"integer": "integer", "char": "string", "varchar": "string", "uuid": "string",
          "binary": "binary", "varbinary": "binary"}
_SHORT_STRING = 100   # longest string a bare name (`entity`) may have to be a type column
_TYPE_STRING = 255    # longest for an explicit `*_type` / `*_kind` column


@dataclass(frozen=True)
class _Match:
    """A candidate target table for one column, before the type check."""

    table: str
    confidence: float
    how: str
    ref_column: str | None = None


class _Catalog:
    """Lookups over the table names of one graph."""

    def __init__(self, graph: SchemaGraph) -> None:
        self.graph = graph
        self.toks = {t.name: tokens(t.name) for t in graph.tables}
        self.by_key: dict[str, list[str]] = {}
        for name in sorted(self.toks):
            self.by_key.setdefault(key(self.toks[name]), []).append(name)

    def exact(self, toks: tuple[str, ...]) -> list[str]:
        """Tables whose key equals the key of `toks`."""
        return self.by_key.get(key(toks), []) if toks else []

    def ending(self, toks: tuple[str, ...]) -> list[str]:
        """Tables with extra leading tokens whose last tokens are `toks`."""
        return [n for n, t in sorted(self.toks.items()) if len(t) > len(toks) and ends_with(t, toks)]

    def starting(self, toks: tuple[str, ...]) -> list[str]:
        """Tables with extra trailing tokens whose first tokens are `toks`."""
        return [n for n, t in sorted(self.toks.items()) if starts_with(t, toks)]


def infer_references(graph: SchemaGraph) -> SchemaGraph:
    """The graph with inferred references, polymorphic pairs and unresolved id columns filled in."""
    cat = _Catalog(graph)
    inferred: list[Reference] = []
    polymorphic: list[Polymorphic] = []
    unresolved: list[tuple[str, str, str]] = []
    for table in sorted(graph.tables, key=lambda t: t.name):
        covered = {c for ref in table.references for c in ref.columns}
        polys = _polymorphic_pairs(cat, table, covered)
        polymorphic += polys
        own_pk = set(table.primary_key) if len(table.primary_key) == 1 else set()
        skip = covered | own_pk | {p.id_column for p in polys}
        for col in table.columns:
            stem = _id_stem(col)
            if col.name in skip or stem is None:
                continue
            found = _resolve(cat, table, col, *stem)
            if isinstance(found, Reference):
                inferred.append(found)
            else:
                unresolved.append((table.name, col.name, found))
    inferred.sort(key=lambda r: (r.table, r.columns))
    return graph.with_inference(tuple(inferred), tuple(polymorphic), tuple(sorted(unresolved)))


def _id_stem(col: Column) -> tuple[tuple[str, ...], str] | None:
    """(stem tokens, suffix) when the column looks like an id reference, else None."""
    if col.family not in _GROUP:
        return None
    toks = tokens(col.name)
    if len(toks) >= 2 and toks[-1] in ID_SUFFIXES:
        return toks[:-1], toks[-1]
    if len(toks) >= 2 and toks[-1] == "by" and col.family == "integer":
        return toks[:-1], "by"
    return None


def _resolve(cat: _Catalog, table: Table, col: Column, stem: tuple[str, ...], suffix: str) -> Reference | str:
    """An inferred reference for one id-like column (`stem` + `suffix`), or the reason there is none."""
    found = _users_match(cat) if suffix == "by" else _match_name(cat, table, stem, suffix)
    if isinstance(found, str):
        return found
    prefix = f"name '{col.name}' -> tokens {show(tokens(col.name))} -> {found.how}"
    target = cat.graph.table(found.table)
    bound = _bind(col, target, found, suffix)
    if isinstance(bound, str):
        return f"{prefix}; {bound}"
    ref_col, penalty, note = bound
    confidence = round(max(0.05, found.confidence - penalty), 2)
    return Reference(table=table.name, columns=(col.name,), ref_table=target.name,
                     ref_columns=(ref_col,), kind="inferred", confidence=confidence,
                     evidence=f"{prefix}; {note}")


def _users_match(cat: _Catalog) -> _Match | str:
    """The target of a `*_by` column: the one table named user/users (or, less sure, *_users)."""
    exact = cat.exact(("user",))
    if len(exact) == 1:
        return _Match(exact[0], 0.75, f"'*_by' names a user -> table '{exact[0]}'")
    if len(exact) > 1:
        return f"'*_by' column, ambiguous: tables {exact} are all named user(s)"
    ending = cat.ending(("user",))
    if len(ending) == 1:
        return _Match(ending[0], 0.7, f"'*_by' names a user -> only table ending in user: '{ending[0]}'")
    why = f"ambiguous: tables {ending} end in user" if ending else "no user(s) table"
    return f"'*_by' column, {why}"


def _match_name(cat: _Catalog, table: Table, stem: tuple[str, ...], suffix: str) -> _Match | str:
    """Match a column stem to a table: whole stem, then without leading qualifiers, then fuzzier."""
    for i in range(len(stem)):
        level, dropped = stem[i:], stem[:i]
        found = _exact_level(cat, table, level, dropped) or _suffix_level(cat, table, level, dropped)
        if found:
            return found
    if (trailing := _trailing(cat, stem, suffix)) is not None:
        return trailing
    starting = cat.starting(stem)
    if len(starting) == 1:
        return _Match(starting[0], 0.45, f"only table starting with {show(stem)}: '{starting[0]}'")
    if starting:
        return f"ambiguous: tables {starting} all start with {show(stem)}"
    return f"no table matches {show(stem)} or a part of it"


def _dropped_text(dropped: tuple[str, ...]) -> str:
    return f"dropped qualifier {show(dropped)} -> " if dropped else ""


def _exact_level(cat: _Catalog, table: Table, level: tuple[str, ...],
                 dropped: tuple[str, ...]) -> _Match | str | None:
    """A table named exactly like `level` (preferring self and table-scoped names), or None."""
    relational = bool(dropped) and dropped[-1] in RELATIONAL
    own = cat.toks[table.name]
    head = _dropped_text(dropped)
    if relational and (ends_with(own, level) or level == ("parent",)):
        return _Match(table.name, 0.85, f"{head}own table '{table.name}' ends with {show(level)} "
                                        "(self-reference)")
    if level == ("parent",):
        return _Match(table.name, 0.8, f"{head}bare 'parent' -> own table (self-reference)")
    hits = cat.exact(level)
    scoped = _scoped(cat, table, level)
    if scoped is not None:
        also = f" (preferred over {hits})" if hits else ""
        return _Match(scoped, 0.8, f"{head}table named by own table's prefix + {show(level)}: "
                                   f"'{scoped}'{also}")
    if len(hits) > 1:
        return f"{head}ambiguous: tables {hits} all match {show(level)}"
    if not hits:
        return None
    if hits[0] == table.name and not relational:
        return _Match(hits[0], 0.6, f"{head}own table '{hits[0]}' without a parent/child qualifier")
    confidence = 0.95 if not dropped else 0.85 if relational else 0.8
    return _Match(hits[0], confidence, f"{head}table '{hits[0]}' (same name as {show(level)})")


def _scoped(cat: _Catalog, table: Table, level: tuple[str, ...]) -> str | None:
    """A table named (own name or a leading part of it) + level: `expenses.category_id` ->
    `expense_categories`, `calendar_event_attachments.event_id` -> `calendar_events`."""
    own = cat.toks[table.name]
    for prefix in [singular_tokens(own)] + [own[:k] for k in range(len(own) - 1, 0, -1)]:
        found = [n for n in cat.exact(prefix + level) if n != table.name and not _links_back(cat, n, own)]
        if len(found) == 1:
            return found[0]
    return None


def _links_back(cat: _Catalog, name: str, own: tuple[str, ...]) -> bool:
    """True when table `name` has an id column naming `own`: a join table, not a lookup table."""
    target = key(own)
    return any((s := _id_stem(c)) is not None and key(s[0]) == target for c in cat.graph.table(name).columns)


def _suffix_level(cat: _Catalog, table: Table, level: tuple[str, ...],
                  dropped: tuple[str, ...]) -> _Match | str | None:
    """The one table whose name ends with `level` after extra qualifiers (`workflow_statuses`)."""
    ending = cat.ending(level)
    head = _dropped_text(dropped)
    if len(ending) > 1:
        return f"{head}ambiguous: tables {ending} all end with {show(level)}"
    if not ending:
        return None
    confidence = 0.5 if ending[0] == table.name else 0.55
    return _Match(ending[0], confidence, f"{head}only table ending with {show(level)}: '{ending[0]}' "
                                         "(prefixed name, low confidence)")


def _trailing(cat: _Catalog, stem: tuple[str, ...], suffix: str) -> _Match | None:
    """`user_open_id` -> table users, column openId: a table name followed by a key column name."""
    for cut in range(len(stem) - 1, 0, -1):
        hits = cat.exact(stem[:cut])
        if len(hits) != 1:
            continue
        rest = stem[cut:]
        target = cat.graph.table(hits[0])
        named = [u[0] for u in target.all_unique_keys if len(u) == 1
                 and tokens(u[0]) in (rest, rest + (suffix,))]
        if named:
            return _Match(hits[0], 0.9, f"table '{hits[0]}' + its unique column '{named[0]}'", named[0])
        return _Match(hits[0], 0.4, f"dropped trailing {show(rest)} -> table '{hits[0]}' (low confidence)")
    return None


def _bind(col: Column, target: Table, found: _Match, suffix: str) -> tuple[str, float, str] | str:
    """(referenced column, confidence penalty, type note), or why the types do not fit."""
    singles = [u[0] for u in target.all_unique_keys if len(u) == 1]
    named = [u for u in singles if tokens(u) == (suffix,)]          # `client_uuid` -> clients.uuid
    pk = target.primary_key[0] if len(target.primary_key) == 1 else None
    ref = found.ref_column or (named[0] if named else pk)
    fit = _type_fit(col, target.column(ref)) if ref else None
    if ref and fit:
        return ref, fit[0], fit[1] + ("" if ref == pk else f" (unique '{ref}')")
    fits = {u: f for u in singles if (f := _type_fit(col, target.column(u))) is not None}
    what = f"{col.raw_type} does not fit {target.name}.{ref}" if ref else f"no 1-column pk in '{target.name}'"
    if len(fits) != 1:
        return f"{what}, and no single unique key of '{target.name}' does (type mismatch)"
    (alt, (penalty, note)), = fits.items()
    return alt, max(penalty, found.confidence - 0.45), (f"{what}; its only fitting unique key is '{alt}': "
                                                        f"{note} (low confidence)")


def _type_fit(child: Column, parent: Column) -> tuple[float, str] | None:
    """(confidence penalty, note) when `child` can hold `parent` values, None when it cannot."""
    group = _GROUP.get(child.family)
    if group is None or group != _GROUP.get(parent.family):
        return None
    penalty, notes = 0.0, [f"{child.raw_type} -> {parent.raw_type}"]
    if group == "integer":
        if (child.int_bytes or 4) < (parent.int_bytes or 4):
            penalty, notes = penalty + 0.1, notes + ["child is narrower"]
        if child.unsigned != parent.unsigned:
            penalty, notes = penalty + 0.05, notes + ["signedness differs"]
    elif child.length and parent.length and child.length < parent.length:
        penalty, notes = penalty + 0.1, notes + ["child is shorter"]
    return penalty, ", ".join(notes)


# --- polymorphic pairs ----------------------------------------------------------------------------

def _polymorphic_pairs(cat: _Catalog, table: Table, covered: set[str]) -> list[Polymorphic]:
    """(type column, id column) pairs of one table, sorted by type column."""
    cols = sorted(table.columns, key=lambda c: c.name)
    return [p for c in cols if (p := _pair_for(cat, table, c, covered)) is not None]


def _type_prefix(col: Column) -> tuple[tuple[str, ...], bool] | None:
    """(prefix tokens, bare) for a column that can be a type discriminator, else None."""
    toks = tokens(col.name)
    named = len(toks) >= 2 and toks[-1] in TYPE_WORDS
    limit = _TYPE_STRING if named else _SHORT_STRING
    string = col.family in ("char", "varchar") and (col.length or 0) <= limit
    if not toks or not (col.family == "enum" or string):
        return None
    return (toks[:-1], False) if named else (toks, True)


def _id_partner(table: Table, col: Column, prefix: tuple[str, ...], loose: bool,
                covered: set[str]) -> Column | None:
    """The id column named prefix + id (or, when loose, e.g. `grantee_id` for `grant`)."""
    found = []
    for other in table.columns:
        stem = _id_stem(other)
        if other is col or other.name in covered or stem is None or stem[1] == "by":
            continue
        if stem[0] == prefix if not loose else (
                len(stem[0]) == len(prefix) and stem[0][:-1] == prefix[:-1]
                and stem[0][-1].startswith(prefix[-1]) and stem[0][-1] != prefix[-1]):
            found.append(other)
    return found[0] if len(found) == 1 else None


def _pair_for(cat: _Catalog, table: Table, col: Column, covered: set[str]) -> Polymorphic | None:
    """The polymorphic pair whose type column is `col`, if there is one."""
    typed = _type_prefix(col)
    if typed is None:
        return None
    prefix, bare = typed
    partner, loose = _id_partner(table, col, prefix, False, covered), False
    if partner is None and not bare:
        partner, loose = _id_partner(table, col, prefix, True, covered), True
    if partner is None or bare and isinstance(_name_match(cat, table, partner), _Match):
        return None     # a bare name (`status` + `status_id`) only counts when the id names no table
    targets, notes = _map_values(cat, col.values)
    strong = col.values and _strong(_name_match(cat, table, partner))
    if not targets and (loose or strong):
        return None     # e.g. strain_type ('INDICA', ...) + strain_id -> strains: not polymorphic
    pairing = (f"loose pair ('{partner.name}' extends {show(prefix)})" if loose
               else f"shared prefix {show(prefix)}")
    values = "; ".join(notes) if col.values else f"{col.raw_type}: values unknown, targets need a rule"
    return Polymorphic(table=table.name, type_column=col.name, id_column=partner.name,
                       targets=targets, evidence=f"type column '{col.name}' + id column "
                                                 f"'{partner.name}': {pairing}; {values}")


def _name_match(cat: _Catalog, table: Table, id_col: Column) -> _Match | str:
    """What the name of an id column alone matches."""
    return _match_name(cat, table, *_id_stem(id_col))  # type: ignore[misc]


def _strong(found: _Match | str) -> bool:
    return isinstance(found, _Match) and found.confidence >= DEFAULT_THRESHOLD


def _map_values(cat: _Catalog, values: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """(value -> table pairs, one note per value) for the members of an enum type column."""
    pairs: list[tuple[str, str]] = []
    notes: list[str] = []
    for value in values:
        vt = tokens(value)
        hits, how = [], "unmapped"
        for i in range(len(vt)):
            hits = cat.exact(vt[i:])
            if hits:
                how = "same name" if i == 0 else f"dropped qualifier {show(vt[:i])}"
                break
        if len(hits) == 1:
            pairs.append((value, hits[0]))
            notes.append(f"'{value}' -> {hits[0]} ({how})")
            continue
        ending = cat.ending(vt) if not hits else hits
        hint = f" (candidates not used: {ending})" if ending else ""
        notes.append(f"'{value}' unmapped{hint}")
    return tuple(sorted(pairs)), notes
