"""generated/terp/ is what `seeder introspect` makes of the TERP schema: no drift."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from introspect.codegen import read_snapshot
from introspect.references import infer_references
from introspect.reflect import reflect_schema
from tests.support.db import REPO_ROOT

pytestmark = pytest.mark.mysql
GENERATED = REPO_ROOT / "generated" / "terp"


def comparable(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ("database", "server_version")}


def test_snapshot_matches_the_live_terp_schema(terp_db: str) -> None:
    engine = sa.create_engine(terp_db)
    live = infer_references(reflect_schema(engine))
    engine.dispose()
    committed = read_snapshot(GENERATED / "schema.json")
    assert comparable(json.loads(json.dumps(live.to_dict()))) == comparable(json.loads(json.dumps(committed.to_dict())))


def test_generated_ddl_has_every_table() -> None:
    ddl = (GENERATED / "schema.sql").read_text()
    assert ddl.count("CREATE TABLE") == 117
    assert (GENERATED / "models.py").read_text().count("\nclass ") >= 117
