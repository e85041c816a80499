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


def test_each_call_first_passes_the_before_hook(fresh_db: str) -> None:
    order: list[str] = []
    reader = Reader(lambda: connect(fresh_db), before=lambda: order.append("before"))
    reader.put(lambda query: order.append("call 1"))
    reader.put(lambda query: order.append("call 2"))
    reader.wait()
    reader.close()
    assert order == ["before", "call 1", "before", "call 2"]


def test_a_check_waits_while_writes_are_queued_and_no_longer_than_the_limit(fresh_db: str, monkeypatch) -> None:
    """Writer._writes_first: held while rows wait for the writer, let go when they are written, and
    after WRITES_FIRST_S at the latest."""
    import time

    from sqlalchemy.engine import make_url

    import seeder.writer
    from seeder.writer import Writer

    monkeypatch.setattr(seeder.writer, "WRITES_FIRST_S", 0.3)
    writer = Writer(make_url(fresh_db), "mariadb")
    released: list[float] = []

    def check() -> None:
        writer._writes_first()
        released.append(time.perf_counter())

    with writer._room:
        writer._queued = 10
    start = time.perf_counter()
    waiting = threading.Thread(target=check)
    waiting.start()
    time.sleep(0.1)
    assert not released   # rows are queued: the check waits
    with writer._room:
        writer._queued = 0
        writer._room.notify_all()
    waiting.join(timeout=5)
    assert released and released[0] - start < 0.25   # let go once they are written, before the limit
    with writer._room:
        writer._queued = 10
    start = time.perf_counter()
    check()   # never written: let go at the limit
    assert 0.25 < released[1] - start < 2
    with writer._room:
        writer._queued = 0
    writer.close()


def test_checks_stop_yielding_once_generation_is_over(fresh_db: str, monkeypatch) -> None:
    """Writer.final_checks: a held check goes at once, later ones do not wait for queued writes, and the
    next transaction (after a rollback) yields again."""
    import time

    from sqlalchemy.engine import make_url

    import seeder.writer
    from seeder.writer import Writer

    monkeypatch.setattr(seeder.writer, "WRITES_FIRST_S", 3.0)
    writer = Writer(make_url(fresh_db), "mariadb")
    released: list[float] = []
    with writer._room:
        writer._queued = 10   # rows wait for the writer and are never written here
    start = time.perf_counter()
    held = threading.Thread(target=lambda: (writer._writes_first(), released.append(time.perf_counter())))
    held.start()
    time.sleep(0.2)
    assert not released   # still generating: the check waits for the writes
    writer.final_checks(1)
    held.join(timeout=5)
    assert released and released[0] - start < 1.0   # let go when generation ended, not at the limit
    start = time.perf_counter()
    writer._writes_first()
    assert time.perf_counter() - start < 0.5   # no wait at all now
    with writer._room:
        writer._queued = 0
    writer.rollback()
    with writer._room:
        writer._queued = 10
    start = time.perf_counter()
    monkeypatch.setattr(seeder.writer, "WRITES_FIRST_S", 0.3)
    writer._writes_first()
    assert time.perf_counter() - start > 0.25   # a new transaction generates again: checks yield
    with writer._room:
        writer._queued = 0
    writer.close()
