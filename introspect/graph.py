"""The schema graph: an immutable, JSON-serialisable picture of a live schema.

Nothing here talks to a database. `introspect.reflect` builds a `SchemaGraph`;
`introspect.references` adds the references that are not declared; the seeder
reads it and never mutates it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

#: Column families: the seeder chooses generators by family, never by raw type name.
FAMILIES = (
    "integer", "decimal", "float", "bit", "boolean",
    "date", "datetime", "timestamp", "time", "year",
    "char", "varchar", "text", "binary", "varbinary", "blob",
    "enum", "set", "json", "uuid", "inet4", "inet6", "unknown",
)


@dataclass(frozen=True)
class Column:
    """One column as the server describes it."""

    name: str
    family: str                      # one of FAMILIES
    raw_type: str                    # the server's COLUMN_TYPE, e.g. "int(10) unsigned"
    sa_type: str                     # SQLAlchemy's name for it, or "" when it did not know the type
    nullable: bool
    length: int | None = None        # characters for strings, bytes for binary, bits for BIT
    precision: int | None = None     # digits for DECIMAL; fractional seconds for temporal types
    scale: int | None = None
    unsigned: bool = False
    int_bytes: int | None = None     # 1, 2, 3, 4 or 8 for integer families
    values: tuple[str, ...] = ()     # ENUM / SET members
    default: str | None = None       # the default as the server prints it
    default_is_now: bool = False
    on_update_now: bool = False      # ON UPDATE CURRENT_TIMESTAMP: an UPDATE must pin it
    auto_increment: bool = False
    generated: bool = False          # VIRTUAL / STORED / PERSISTENT: never written
    comment: str = ""

    @property
    def writable(self) -> bool:
        return not self.generated


@dataclass(frozen=True)
class UniqueKey:
    """A unique constraint or unique index (the primary key is kept apart)."""

    name: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Check:
    """A CHECK constraint, with the columns it mentions when known."""

    name: str
    clause: str
    column: str | None = None        # set for column-level checks


@dataclass(frozen=True)
class Reference:
    """A link from columns of one table to key columns of another.

    kind is "declared" (a FOREIGN KEY), "inferred" (from names and types, with
    evidence and confidence) or "rule" (declared by a rule file).
    """

    table: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    kind: str = "declared"
    confidence: float = 1.0
    evidence: str = ""
    name: str = ""

    @property
    def is_self(self) -> bool:
        return self.table == self.ref_table


@dataclass(frozen=True)
class Polymorphic:
    """A (type column, id column) pair whose target table depends on the type value.

    targets maps a type value to a table name; unmatched values map to nothing.
    """

    table: str
    type_column: str
    id_column: str
    targets: tuple[tuple[str, str], ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class Table:
    """One base table."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    unique_keys: tuple[UniqueKey, ...] = ()
    checks: tuple[Check, ...] = ()
    references: tuple[Reference, ...] = ()     # declared foreign keys
    comment: str = ""

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name}.{name}")

    def has_column(self, name: str) -> bool:
        return any(col.name == name for col in self.columns)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(col.name for col in self.columns)

    @property
    def all_unique_keys(self) -> tuple[tuple[str, ...], ...]:
        """Primary key first (if any), then the unique keys, without repeats."""
        keys: list[tuple[str, ...]] = [self.primary_key] if self.primary_key else []
        for uk in self.unique_keys:
            if uk.columns not in keys:
                keys.append(uk.columns)
        return tuple(keys)


@dataclass(frozen=True)
class SchemaGraph:
    """All base tables of one schema, plus the references that were inferred."""

    database: str
    dialect: str                          # "mysql" or "mariadb"
    server_version: str
    tables: tuple[Table, ...]
    inferred: tuple[Reference, ...] = ()  # undeclared references found by names and types
    polymorphic: tuple[Polymorphic, ...] = ()
    unresolved: tuple[tuple[str, str, str], ...] = ()  # (table, column, why) id-like columns left open
    _index: dict[str, Table] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({t.name: t for t in self.tables})

    def table(self, name: str) -> Table:
        try:
            return self._index[name]
        except KeyError:
            raise KeyError(name) from None

    def has_table(self, name: str) -> bool:
        return name in self._index

    @property
    def declared(self) -> tuple[Reference, ...]:
        return tuple(ref for t in self.tables for ref in t.references)

    def with_inference(
        self,
        inferred: tuple[Reference, ...],
        polymorphic: tuple[Polymorphic, ...],
        unresolved: tuple[tuple[str, str, str], ...],
    ) -> SchemaGraph:
        return replace(self, inferred=inferred, polymorphic=polymorphic, unresolved=unresolved,
                       _index={})

    def fingerprint(self) -> str:
        """SHA-256 of the tables' structure: changes when any column, key or reference changes."""
        import hashlib
        import json

        tables = [asdict(t) for t in self.tables]
        text = json.dumps(tables, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("_index")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchemaGraph:
        def build(klass: type, raw: dict[str, Any]) -> Any:
            kwargs = {}
            for f in fields(klass):
                if f.name not in raw:
                    continue
                kwargs[f.name] = raw[f.name]
            return klass(**kwargs)

        def tup(v: Any) -> Any:
            return tuple(tup(x) for x in v) if isinstance(v, list) else v

        def table(raw: dict[str, Any]) -> Table:
            return Table(
                name=raw["name"],
                columns=tuple(build(Column, {k: tup(v) for k, v in c.items()}) for c in raw["columns"]),
                primary_key=tuple(raw["primary_key"]),
                unique_keys=tuple(UniqueKey(u["name"], tuple(u["columns"])) for u in raw["unique_keys"]),
                checks=tuple(build(Check, c) for c in raw["checks"]),
                references=tuple(reference(r) for r in raw["references"]),
                comment=raw.get("comment", ""),
            )

        def reference(raw: dict[str, Any]) -> Reference:
            return build(Reference, {k: tup(v) for k, v in raw.items()})

        return cls(
            database=data["database"],
            dialect=data["dialect"],
            server_version=data["server_version"],
            tables=tuple(table(t) for t in data["tables"]),
            inferred=tuple(reference(r) for r in data.get("inferred", [])),
            polymorphic=tuple(build(Polymorphic, {k: tup(v) for k, v in p.items()})
                              for p in data.get("polymorphic", [])),
            unresolved=tuple(tuple(u) for u in data.get("unresolved", [])),
        )
