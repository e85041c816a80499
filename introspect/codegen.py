"""Write what `seeder introspect` produces: sqlacodegen models, a JSON snapshot, and the DDL.

generated/NAME/models.py   sqlacodegen's declarative models (for reading and review)
generated/NAME/schema.json the SchemaGraph snapshot, inferred references included (for drift checks)
generated/NAME/schema.sql  SHOW CREATE TABLE of every table, loadable into an empty database
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from introspect.dialect import quote_ident
from introspect.graph import SchemaGraph


def render_models(engine: Engine) -> str:
    """sqlacodegen's declarative models of the database."""
    from sqlacodegen.generators import DeclarativeGenerator

    metadata = sa.MetaData()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        generator = DeclarativeGenerator(metadata, engine, set())
        metadata.reflect(engine, views=False)
        return generator.generate()


def render_ddl(engine: Engine, graph: SchemaGraph) -> str:
    """CREATE TABLE statements for every table; foreign-key checks off while loading."""
    parts = [f"-- schema of {graph.database} ({graph.dialect} {graph.server_version}), written by seeder introspect",
             "SET FOREIGN_KEY_CHECKS = 0;", ""]
    with engine.connect() as conn:
        for table in graph.tables:
            ddl = conn.exec_driver_sql(f"SHOW CREATE TABLE {quote_ident(table.name)}").one()[1]
            parts += [f"{ddl};", ""]
    parts.append("SET FOREIGN_KEY_CHECKS = 1;")
    return "\n".join(parts) + "\n"


def write_snapshot(graph: SchemaGraph, path: Path) -> None:
    path.write_text(json.dumps(graph.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read_snapshot(path: Path) -> SchemaGraph:
    return SchemaGraph.from_dict(json.loads(path.read_text(encoding="utf-8")))


def write_generated(engine: Engine, graph: SchemaGraph, out: Path) -> list[Path]:
    """Write models.py, schema.json and schema.sql into out; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    models, snapshot, ddl = out / "models.py", out / "schema.json", out / "schema.sql"
    models.write_text(render_models(engine), encoding="utf-8")
    write_snapshot(graph, snapshot)
    ddl.write_text(render_ddl(engine, graph), encoding="utf-8")
    return [models, snapshot, ddl]
