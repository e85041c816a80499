"""Read a live schema into a SchemaGraph with SQLAlchemy's Inspector and information_schema.

The Inspector's get_multi_* calls give keys and references; information_schema.COLUMNS gives the
raw column types (parsed in introspect.dialect), so types SQLAlchemy does not know still arrive.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from introspect import dialect as dia
from introspect.graph import Check, Column, Reference, SchemaGraph, Table, UniqueKey

_COLUMNS_SQL = (
    "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
    "IS_GENERATED, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = :schema "
    "ORDER BY TABLE_NAME, ORDINAL_POSITION"
)
_TABLES_SQL = (
    "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
    "WHERE TABLE_SCHEMA = :schema AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
)


def reflect_schema(engine: Engine, exclude: frozenset[str] = frozenset()) -> SchemaGraph:
    """Reflect every base table of the engine's current database, except the names in exclude."""
    with engine.connect() as conn:
        schema = conn.execute(sa.text("SELECT DATABASE()")).scalar()
        version = str(conn.execute(sa.text("SELECT VERSION()")).scalar())
        dialect = dia.dialect_name(version)
        tables = {r[0]: r[1] or "" for r in conn.execute(sa.text(_TABLES_SQL), {"schema": schema})
                  if r[0] not in exclude}
        raw_columns = _rows_by_table(conn.execute(sa.text(_COLUMNS_SQL), {"schema": schema}))
        raw_checks = _rows_by_table(conn.execute(sa.text(dia.check_constraints_sql(dialect)),
                                                 {"schema": schema}))
    if not tables:
        return SchemaGraph(database=str(schema), dialect=dialect, server_version=version, tables=())
    names = sorted(tables)
    insp = sa.inspect(engine)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sa.exc.SAWarning)  # unknown types: we use the raw type instead
        sa_columns = insp.get_multi_columns(filter_names=names)
        pks = insp.get_multi_pk_constraint(filter_names=names)
        fks = insp.get_multi_foreign_keys(filter_names=names)
        uniques = insp.get_multi_unique_constraints(filter_names=names)
        indexes = insp.get_multi_indexes(filter_names=names)
    built = []
    for name in names:
        key = (None, name)
        checks = tuple(Check(name=c[1], clause=c[2], column=_check_column(c[2], raw_columns[name]))
                       for c in raw_checks.get(name, []))
        built.append(Table(
            name=name,
            columns=_columns(raw_columns[name], sa_columns.get(key, []), checks),
            primary_key=tuple(pks.get(key, {}).get("constrained_columns") or ()),
            unique_keys=_unique_keys(uniques.get(key, []), indexes.get(key, [])),
            checks=checks,
            references=_references(name, fks.get(key, [])),
            comment=tables[name],
        ))
    return SchemaGraph(database=str(schema), dialect=dialect, server_version=version, tables=tuple(built))


def _rows_by_table(result: Any) -> dict[str, list[tuple[Any, ...]]]:
    grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in result:
        grouped[row[0]].append(tuple(row))
    return grouped


def _check_column(clause: str, raw_columns: list[tuple[Any, ...]]) -> str | None:
    for row in raw_columns:
        if dia.is_json_check(clause, row[1]):
            return str(row[1])
    return None


def _columns(raw: list[tuple[Any, ...]], sa_cols: list[dict[str, Any]],
             checks: tuple[Check, ...]) -> tuple[Column, ...]:
    sa_types = {c["name"]: c["type"] for c in sa_cols}
    json_cols = {c.column for c in checks if c.column}
    out = []
    for _t, name, col_type, is_nullable, default, extra, is_gen, comment in raw:
        parsed = dia.parse_column_type(str(col_type), json_checked=name in json_cols)
        default_text, is_now = dia.normalise_default(default)
        sa_type = sa_types.get(name)
        out.append(Column(
            name=name, family=parsed.family, raw_type=str(col_type),
            sa_type="" if sa_type is None or isinstance(sa_type, sa.types.NullType) else repr(sa_type),
            nullable=is_nullable == "YES", length=parsed.length, precision=parsed.precision,
            scale=parsed.scale, unsigned=parsed.unsigned, int_bytes=parsed.int_bytes,
            values=parsed.values, default=default_text, default_is_now=is_now,
            on_update_now="on update" in (extra or "").lower(),
            auto_increment="auto_increment" in (extra or "").lower(),
            generated=dia.is_generated(extra, is_gen), comment=comment or "",
        ))
    return tuple(out)


def _unique_keys(uniques: list[dict[str, Any]], indexes: list[dict[str, Any]]) -> tuple[UniqueKey, ...]:
    seen: dict[tuple[str, ...], str] = {}
    for u in uniques:
        seen.setdefault(tuple(u["column_names"]), u["name"])
    for ix in indexes:
        if ix.get("unique") and all(ix["column_names"]):
            seen.setdefault(tuple(ix["column_names"]), ix["name"])
    return tuple(UniqueKey(name=n, columns=cols) for cols, n in sorted(seen.items(), key=lambda kv: kv[1]))


def _references(table: str, fks: list[dict[str, Any]]) -> tuple[Reference, ...]:
    refs = []
    for fk in sorted(fks, key=lambda f: f.get("name") or ""):
        if fk.get("referred_schema"):
            continue  # another schema: not ours to fill; its rows must already exist
        refs.append(Reference(
            table=table, columns=tuple(fk["constrained_columns"]), ref_table=fk["referred_table"],
            ref_columns=tuple(fk["referred_columns"]), kind="declared", confidence=1.0,
            evidence="FOREIGN KEY", name=fk.get("name") or "",
        ))
    return tuple(refs)
