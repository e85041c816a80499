"""The writer: one transaction per unit, retried only on transient errors, never half-kept."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from seeder.errors import WriteFailed
from seeder.writer import Insert, Writer, is_transient
from tests.support.db import connect, load_sql

pytestmark = pytest.mark.mysql


def count(url: str, table: str) -> int:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM {table}")
        return cur.fetchone()[0]


def test_lost_connection_is_retried_on_a_new_connection(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb", attempts=3)
    victim = writer.conn.thread_id()
    with connect(fresh_db) as killer, killer.cursor() as cur:
        cur.execute(f"KILL CONNECTION {victim}")
    written = writer.write([Insert("t", ("id", "v"), [(i, f"v{i}") for i in range(1, 101)])])
    assert written == 100 and count(fresh_db, "t") == 100
    assert writer.conn.thread_id() != victim
    writer.close()


def test_a_rejected_unit_keeps_nothing_and_is_not_retried(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(3) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb", attempts=3)
    good = Insert("t", ("id", "v"), [(1, "ok"), (2, "ok")])
    bad = Insert("t", ("id", "v"), [(3, "too long for the column")])
    with pytest.raises(WriteFailed, match="rejected rows for t"):
        writer.write([good, bad])
    assert count(fresh_db, "t") == 0
    writer.close()


def test_transient_codes() -> None:
    import pymysql

    assert is_transient(pymysql.err.OperationalError(1213, "Deadlock found"))
    assert is_transient(pymysql.err.OperationalError(2013, "Lost connection"))
    assert not is_transient(pymysql.err.OperationalError(1045, "Access denied"))
    assert not is_transient(pymysql.err.IntegrityError(1062, "Duplicate entry"))


def test_bulk_load_writes_the_same_rows_as_inserts(db_factory) -> None:
    from datetime import datetime

    from seeder.options import RunOptions
    from seeder.pipeline import load_target, make_plan
    from seeder.runner import ApplySettings, apply_plan
    from tests.integration.helpers import SCHEMAS, is_mariadb
    from tests.support.db import table_checksums

    sums = []
    for path in ("insert", "load"):
        url = db_factory(path)
        load_sql(url, (SCHEMAS / "hard_cases.sql").read_text())
        if is_mariadb(url):
            load_sql(url, (SCHEMAS / "mariadb_types.sql").read_text())
        options = RunOptions(seed=5, end=datetime(2025, 6, 1), rows=(("all_types", 300),))
        loaded = load_target(url, options)
        result = apply_plan(make_plan(loaded, options), loaded.url, ApplySettings(write_path=path, audit_dir=None))
        loaded.engine.dispose()
        assert result.status == "completed"
        sums.append(table_checksums(url))
    assert sums[0] == sums[1]


def test_bulk_load_refuses_what_the_server_would_only_warn_about(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(3) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb", attempts=1, write_path="load")
    assert writer.bulk
    rows = [(i, "ok") for i in range(1, 200)] + [(200, "much too long")]
    with pytest.raises(WriteFailed, match="kept 200 of 200 rows|Data truncated|kept"):
        writer.write([Insert("t", ("id", "v"), rows, ("", ""))])
    dupes = [(i, "ok") for i in range(1, 150)] * 2
    with pytest.raises(WriteFailed, match="kept 149 of 298 rows"):
        writer.write([Insert("t", ("id", "v"), dupes, ("", ""))])
    assert count(fresh_db, "t") == 0
    writer.close()
