"""Tiny SchemaGraphs built in code, for tests that need no server."""

from __future__ import annotations

from introspect.dialect import parse_column_type
from introspect.graph import Column, Reference, SchemaGraph, Table, UniqueKey


def col(name: str, raw: str = "int", nullable: bool = False, auto: bool = False) -> Column:
    p = parse_column_type(raw)
    return Column(name=name, family=p.family, raw_type=raw, sa_type="", nullable=nullable, length=p.length,
                  precision=p.precision, scale=p.scale, unsigned=p.unsigned, int_bytes=p.int_bytes,
                  values=p.values, auto_increment=auto)


def column(raw: str, name: str = "c", nullable: bool = False, family: str | None = None, **extra) -> Column:
    """A Column from a MySQL column type, e.g. column("varchar(20)", name="qty"); extra overrides fields."""
    p = parse_column_type(raw)
    fields = {"length": p.length, "precision": p.precision, "scale": p.scale, "unsigned": p.unsigned,
              "int_bytes": p.int_bytes, "values": p.values, **extra}
    return Column(name=name, family=family or p.family, raw_type=raw, sa_type="", nullable=nullable, **fields)


def table(name: str, *cols: Column, pk: tuple[str, ...] = ("id",), uniques: tuple[tuple[str, ...], ...] = (),
          refs: tuple[tuple[str, str], ...] = ()) -> Table:
    """refs: (column, target table) declared FKs to target.id."""
    references = tuple(Reference(table=name, columns=(c,), ref_table=t, ref_columns=("id",)) for c, t in refs)
    return Table(name=name, columns=(col("id", auto=True), *cols) if "id" in pk else cols, primary_key=pk,
                 unique_keys=tuple(UniqueKey(f"uq_{i}", u) for i, u in enumerate(uniques)),
                 references=references)


def graph(*tables: Table) -> SchemaGraph:
    return SchemaGraph(database="t", dialect="mariadb", server_version="10.11", tables=tables)
