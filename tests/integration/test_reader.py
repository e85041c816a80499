"""The reader: checks of the open transaction on lanes of their own, one while generating, more at the end."""

from __future__ import annotations

import threading

import pymysql
import pytest

from seeder.reader import Reader
from tests.support.db import connect, load_sql

pytestmark = pytest.mark.mysql


def test_widened_reader_runs_checks_side_by_side_on_separate_connections(fresh_db: str) -> None:
    """Both calls must be inside the barrier at once: one lane alone would break it."""
    reader = Reader(lambda: connect(fresh_db))
    together = threading.Barrier(2, timeout=10)
    seen: list[int] = []

    def check(query) -> None:
        seen.append(query("SELECT CONNECTION_ID()")[0][0])
        together.wait()

    reader.widen(2)
    reader.put(check)
    reader.put(check)
    reader.wait()
    error = reader.take_error()
    reader.close()
    assert error is None
    assert len(set(seen)) == 2


def test_one_lane_runs_calls_in_order_and_a_failure_drops_the_rest(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY);")
    reader = Reader(lambda: connect(fresh_db))
    ran: list[str] = []
    reader.put(lambda query: ran.append("first"))
    reader.put(lambda query: query("SELECT no_such_column FROM t"))
    reader.put(lambda query: ran.append("after the failure"))
    reader.wait()
    error = reader.take_error()
    reader.close()
    assert ran == ["first"]
    assert isinstance(error, pymysql.err.OperationalError) and "no_such_column" in str(error)
