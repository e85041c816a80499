"""The writer: one transaction per unit, retried only on transient errors, never half-kept."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from seeder.errors import WriteFailed
from seeder.writer import Insert, Rendered, Writer, is_transient
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


def test_statements_that_store_fewer_rows_than_sent_fail_the_unit(fresh_db: str) -> None:
    """apply counts no table's rows afterwards: the writer holds each insert's count to the rows it sent."""
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(3) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb", attempts=3)
    short = Rendered("t", 3, ("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')",))   # says 3 rows, holds 2
    with pytest.raises(WriteFailed, match="t: the server stored 2 of 3 rows"):
        writer.write([short])
    assert count(fresh_db, "t") == 0
    assert writer.write([Rendered("t", 2, ("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')",))]) == 2
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


@pytest.mark.parametrize("extra", ["", ",", "Null", "\\", '"', "\n"])
def test_bulk_load_reads_back_strings_bare_or_enclosed(fresh_db: str, extra: str) -> None:
    """A column of plain strings goes unenclosed (csvload._csv_plain_or), one holding a separator, an
    escape, a quote, a newline or the word null enclosed; either way the server stores them exactly."""
    from seeder.csvload import csv_column

    plain = ["", " lead", "trail ", "in\tside", "N", "nul", "nil", "it's", "x" * 300]
    values = plain + ([f"a{extra}b", extra] if extra else [])
    assert (csv_column(values) == values) == (extra == "")   # bare only where nothing needs enclosing
    load_sql(fresh_db, "CREATE TABLE s (id INT PRIMARY KEY, v VARCHAR(400) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb", write_path="load")
    assert writer.bulk
    writer.write([Insert("s", ("id", "v"), [(i, v) for i, v in enumerate(values)])])
    writer.close()
    with connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT v FROM s ORDER BY id")
        assert [r[0] for r in cur.fetchall()] == values


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


def test_auto_loads_where_the_server_allows_it_and_inserts_where_it_does_not(fresh_db: str) -> None:
    """apply's default write path: LOAD DATA LOCAL INFILE with local_infile on (MariaDB's default), plain
    INSERTs with it off (MySQL 8's default); `load` then refuses, naming the setting."""
    def bulk(path: str) -> bool:
        writer = Writer(make_url(fresh_db), "mariadb", write_path=path)
        writer.close()
        return writer.bulk

    assert bulk("auto")
    with connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT @@GLOBAL.local_infile")
        before = cur.fetchone()[0]
        cur.execute("SET GLOBAL local_infile = 0")
        try:
            assert not bulk("auto")
            with pytest.raises(WriteFailed, match="local_infile off; use --write-path insert"):
                Writer(make_url(fresh_db), "mariadb", write_path="load")
        finally:
            cur.execute(f"SET GLOBAL local_infile = {int(before)}")


def test_auto_inserts_where_pymysql_cannot_load_from_memory(fresh_db: str, monkeypatch) -> None:
    """Without the PyMySQL internals seeder.localload hooks, auto writes INSERTs and load refuses."""
    import seeder.writer

    monkeypatch.setattr(seeder.writer, "loads_from_memory", lambda: False)
    writer = Writer(make_url(fresh_db), "mariadb", write_path="auto")
    writer.close()
    assert not writer.bulk
    with pytest.raises(WriteFailed, match="cannot load from memory; use --write-path insert"):
        Writer(make_url(fresh_db), "mariadb", write_path="load")


def test_a_call_sees_the_open_transactions_rows_after_the_changes_before_it(fresh_db: str) -> None:
    """Calls run on a second connection, after every change queued before them (the writer goes on
    meanwhile, so later changes may be seen too), and see the rows of the writer's uncommitted
    transaction; a rollback keeps nothing."""
    from seeder.writer import Call, Update

    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb")
    seen: list[tuple] = []

    def look(query) -> None:
        seen.append(query("SELECT COUNT(*), SUM(v = 'new'), CONNECTION_ID() FROM t")[0])

    writer.submit(Insert("t", ("id", "v"), values=[list(range(1, 3001)), ["old"] * 3000]))
    writer.submit(Call("t", look))
    writer.submit(Update("t", ("v",), ("id",), [("new", i) for i in range(1, 1001)]))
    writer.submit(Call("t", look))
    writer.drain()
    assert seen[0][0] == 3000 and seen[1][:2] == (3000, 1000)
    assert seen[0][2] != writer.conn.thread_id()   # another connection
    writer.rollback()
    assert count(fresh_db, "t") == 0
    writer.close()


def test_a_failing_call_is_raised_in_the_caller(fresh_db: str) -> None:
    from seeder.writer import Call

    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY);")
    writer = Writer(make_url(fresh_db), "mariadb")
    writer.submit(Call("t", lambda query: query("SELECT nonsense FROM t")))
    with pytest.raises(Exception, match="nonsense"):
        writer.drain()
    writer.drain()   # raised once
    writer.close()


@pytest.mark.parametrize("key_type", ["INT", "VARCHAR(20) COLLATE latin1_swedish_ci"])
def test_updates_set_values_by_key_and_keep_on_update_columns(fresh_db: str, key_type: str) -> None:
    """Integer keys join a derived table of values; other keys (a latin1 one here, which a derived
    utf8mb4 column could not be compared with) go row by row."""
    from seeder.writer import Update

    load_sql(fresh_db, f"CREATE TABLE t (k {key_type} PRIMARY KEY, a DECIMAL(10,2), b VARCHAR(5), "
                       "d DATETIME, ts TIMESTAMP NOT NULL DEFAULT '2020-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP"
                       ") CHARACTER SET latin1;")
    from datetime import datetime
    from decimal import Decimal

    keys = list(range(1, 2501)) if key_type == "INT" else [f"k{i}" for i in range(1, 2501)]
    writer = Writer(make_url(fresh_db), "mariadb")
    writer.write([Insert("t", ("k",), [(k,) for k in keys])])
    rows = [(Decimal(i) / 4, None if i % 3 else f"x{i % 100}", datetime(2024, 1, 1, i % 24), k)
            for i, k in enumerate(keys)]
    assert writer.write([Update("t", ("a", "b", "d"), ("k",), rows, keep_columns=("ts",))]) == 2500
    with connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT a, b, d, k FROM t")
        got = {r[3]: r for r in cur.fetchall()}
        cur.execute("SELECT COUNT(*) FROM t WHERE ts <> '2020-01-01 00:00:00'")
        moved = cur.fetchone()[0]
    assert all(got[k] == (round(a, 2), b, d, k) for a, b, d, k in rows)
    assert moved == 0
    writer.close()


def test_waiting_writes_are_bounded_by_rows_and_a_large_one_waits_alone(fresh_db: str, monkeypatch) -> None:
    """submit blocks while the rows already queued and the new ones exceed QUEUED_ROWS; an op larger than
    the budget goes once the queue is empty."""
    import threading

    import seeder.writer as writer_module

    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY);")
    monkeypatch.setattr(writer_module, "QUEUED_ROWS", 10)
    writer = Writer(make_url(fresh_db), "mariadb")
    gate, running = threading.Event(), threading.Event()
    execute = writer._execute

    def held(ops, fk_checks):   # the server is slow until the gate opens
        running.set()
        gate.wait(10)
        return execute(ops, fk_checks)

    monkeypatch.setattr(writer, "_execute", held)

    def rows(start: int, n: int) -> Insert:
        return Insert("t", ("id",), values=[list(range(start, start + n))])

    writer.submit(rows(1, 4))          # taken by the writer's thread, which waits at the gate
    assert running.wait(10)
    writer.submit(rows(5, 6))          # 4 + 6 rows queued: within the budget
    blocked = threading.Thread(target=writer.submit, args=(rows(11, 30),))
    blocked.start()
    blocked.join(0.5)
    assert blocked.is_alive()          # 30 more rows wait for the queue to empty
    gate.set()
    blocked.join(10)
    assert not blocked.is_alive()
    writer.drain()
    assert writer.query("SELECT COUNT(*) FROM t")[0][0] == 40
    writer.rollback()
    writer.close()


def test_on_done_reports_rows_from_the_writers_thread_once_the_server_has_them(fresh_db: str) -> None:
    """Progress counts rows as written when they are, not when queued: on_done runs in the writer's thread
    after the op, and a connection reading uncommitted rows then sees them all."""
    import threading

    from seeder.reader import ISOLATION
    from seeder.writer import Update

    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb")
    reports: list[tuple[str, int, int]] = []
    with connect(fresh_db) as peek, peek.cursor() as cur:
        cur.execute(ISOLATION)

        def done(rows: int) -> None:
            cur.execute("SELECT COUNT(*) FROM t")
            reports.append((threading.current_thread().name, rows, cur.fetchone()[0]))

        writer.submit(Insert("t", ("id", "v"), values=[list(range(1, 2501)), ["x"] * 2500]), on_done=done)
        writer.submit(Update("t", ("v",), ("id",), [("y", i) for i in range(1, 11)]), on_done=done)
        writer.drain()
    assert reports == [("seeder-writer", 2500, 2500), ("seeder-writer", 10, 2500)]
    writer.rollback()
    writer.close()


def test_an_insert_in_batches_is_queued_and_reported_batch_by_batch(fresh_db: str) -> None:
    """submit renders and queues a large Insert one batch at a time, so the server stores the first batch
    while the next is rendered; on_done reports each batch once the server has it."""
    from seeder.reader import ISOLATION

    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10) NOT NULL);")
    writer = Writer(make_url(fresh_db), "mariadb")
    reports: list[tuple[int, int]] = []
    with connect(fresh_db) as peek, peek.cursor() as cur:
        cur.execute(ISOLATION)

        def done(rows: int) -> None:
            cur.execute("SELECT COUNT(*) FROM t")
            reports.append((rows, cur.fetchone()[0]))

        writer.submit(Insert("t", ("id", "v"), values=[list(range(1, 2501)), ["x"] * 2500], batch_size=1000),
                      on_done=done)
        writer.drain()
    assert reports == [(1000, 1000), (1000, 2000), (500, 2500)]
    writer.rollback()
    writer.close()


def test_sessions_hold_checks_temporary_tables_and_join_buffers_in_memory(fresh_db: str) -> None:
    """The writer's and the checks' sessions (seeder.writer.connect) raise the limits past which GROUP BY
    and window temp tables go to disk and hash joins take several passes."""
    from introspect.dialect import JOIN_BUFFER_BYTES, TEMP_TABLE_BYTES
    from seeder.writer import connect as session

    conn = session(make_url(fresh_db), "mariadb")
    with conn.cursor() as cur:
        cur.execute("SELECT @@tmp_table_size, @@max_heap_table_size, @@join_buffer_size")
        assert cur.fetchone() == (TEMP_TABLE_BYTES, TEMP_TABLE_BYTES, JOIN_BUFFER_BYTES)
    conn.close()


def _load_connection(url: str):
    from seeder.localload import LoadConnection

    u = make_url(url)
    return LoadConnection(host=u.host, port=u.port, user=u.username, password=u.password or "",
                          database=u.database, local_infile=True, autocommit=True)


def test_load_data_is_sent_from_memory_in_frames_whose_numbers_wrap(fresh_db: str, monkeypatch) -> None:
    """300 frames of 1 KB: more packets than the protocol's one-byte sequence number counts."""
    from seeder import localload
    from seeder.csvload import load_statement

    monkeypatch.setattr(localload, "FRAME", 1024)
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(40) NOT NULL);")
    rows = [(i, f"value-{i:030d}") for i in range(1, 8001)]
    data = ("id,v\n" + "".join(f'{i},"{v}"\n' for i, v in rows)).encode()
    assert len(data) > 300 * 1024
    conn = _load_connection(fresh_db)
    with conn.cursor() as cur:
        loaded = conn.load(cur, lambda file: load_statement(file, "t", ("id", "v"), ("", "")), data)
        assert loaded == len(rows) and cur.warning_count == 0
        cur.execute("SELECT COUNT(*), SUM(id), MAX(v) FROM t")
        assert cur.fetchone() == (len(rows), sum(i for i, _ in rows), rows[-1][1])
    conn.close()


def test_a_server_asking_for_a_file_it_was_not_offered_gets_nothing(fresh_db: str, tmp_path) -> None:
    """PyMySQL's own handler sends any file the server names; this one refuses, sends no byte, and the
    connection stays usable."""
    secret = tmp_path / "secret.csv"
    secret.write_text("1,stolen\n")
    load_sql(fresh_db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(40) NOT NULL);")
    conn = _load_connection(fresh_db)
    with conn.cursor() as cur:
        with pytest.raises(Exception, match="did not offer"):
            cur.execute(f"LOAD DATA LOCAL INFILE '{secret}' INTO TABLE t FIELDS TERMINATED BY ','")
        cur.execute("SELECT COUNT(*) FROM t")
        assert cur.fetchone()[0] == 0
    conn.close()
