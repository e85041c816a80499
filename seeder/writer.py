"""Write rows: batched multi-row INSERTs (or LOAD DATA) on one connection, in transactions the caller
opens and ends.

A table's rows go to a background thread (`submit`) that writes them while the caller generates the next
tables. `submit` renders them first, in the caller's thread: INSERT statements of about 1 MB
(seeder.sqltext), or CSV text for LOAD DATA; the writer's thread, which the server keeps waiting, only
sends text. Inserts and updates of at most QUEUED_ROWS rows in all wait (one larger op waits alone).
Checks (`Call`) follow the queue's order but run on a second, read-only connection (seeder.reader).
Retries (tenacity) are for transient errors only and always redo a whole transaction: see `retrying`.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pymysql
import structlog
from sqlalchemy.engine import URL
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from introspect.dialect import check_tuning_sql, session_setup_sql
from seeder.csvload import csv_text, load_statement
from seeder.database import explain_denied
from seeder.errors import UsageError, WriteFailed
from seeder.localload import LoadConnection
from seeder.localload import available as loads_from_memory
from seeder.reader import Reader
from seeder.sqltext import insert_statements, update_statements

log = structlog.get_logger()

BULK_MIN = 100     # fewer rows than this go as INSERTs
SWITCH_INTERVAL = 0.0005   # s; while the writer's thread runs (see Writer.submit)
WRITES_FIRST_S = 0.5   # s a check waits for the inserts and updates queued while it was (Writer._writes_first)
QUEUED_ROWS = 400_000   # rows of inserts and updates waiting for the background writer (checks: unbounded)
TRANSIENT = {1205, 1213, 2006, 2013, 2003, 2055}   # lock wait, deadlock, gone away, lost, can't connect
LOST = {2006, 2013, 2055}


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, pymysql.err.OperationalError) and bool(exc.args) and exc.args[0] in TRANSIENT


def retrying(attempts: int, on_retry: Any = None) -> Retrying:
    """Bounded retries of a whole transaction on deadlock, lock wait timeout or lost connection."""
    return Retrying(retry=retry_if_exception(is_transient), stop=stop_after_attempt(attempts),
                    wait=wait_exponential(multiplier=0.2, max=5), reraise=True, before_sleep=on_retry)


@dataclass(frozen=True)
class Insert:
    """Rows for one table, in column order; kinds (seeder.csvload.column_kinds) enable the bulk path.
    The rows are given either as tuples (rows) or column by column (values[j] holds column j)."""

    table: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]] = ()
    kinds: tuple[str, ...] = ()
    values: Sequence[Sequence[Any]] = ()
    batch_size: int = 0   # rows per batch (statements of about 1 MB, or one LOAD DATA); 0: one batch

    @property
    def count(self) -> int:
        return len(self.values[0]) if self.values else len(self.rows)

    def by_column(self) -> Sequence[Sequence[Any]]:
        return self.values or list(zip(*self.rows, strict=True))

    def batches(self) -> Iterator[Insert]:
        """The rows in batches of batch_size, each sliced only when it is written."""
        n = self.count
        if not self.batch_size or self.batch_size >= n:
            yield self
            return
        columns = self.by_column()
        for start in range(0, n, self.batch_size):
            stop = start + self.batch_size
            yield Insert(self.table, self.columns, kinds=self.kinds, values=[c[start:stop] for c in columns])

    def render(self, bulk: bool) -> Rendered:
        """The text sent for these rows: per batch, a LOAD DATA unit (bulk, with kinds, BULK_MIN rows or
        more) or INSERT statements."""
        parts: list[str | Load] = []
        for batch in self.batches():
            if bulk and batch.kinds and batch.count >= BULK_MIN:
                parts.append(Load(batch.table, batch.columns, batch.kinds, batch.count,
                                  csv_text(batch.columns, batch.by_column(), batch.kinds)))
            else:
                parts += insert_statements(batch.table, batch.columns, batch.by_column())
        return Rendered(self.table, self.count, tuple(parts))


@dataclass(frozen=True)
class Load:
    """One LOAD DATA of CSV text (seeder.csvload.csv_text: UTF-8) into a table."""

    table: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]
    count: int
    data: bytes


@dataclass(frozen=True)
class Rendered:
    """An Insert or Update as the text sent to the server: statements and LOAD DATA units, in order."""

    table: str
    count: int
    parts: tuple[str | Load, ...]
    made_from: str = "Insert"   # the op rendered: Insert or Update


@dataclass(frozen=True)
class Update:
    """Set columns of rows found by key: rows are (set values..., key values...)."""

    table: str
    set_columns: tuple[str, ...]
    key_columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    keep_columns: tuple[str, ...] = ()   # ON UPDATE CURRENT_TIMESTAMP columns, set to themselves

    def render(self) -> Rendered:
        """The UPDATE statements sent for these rows (seeder.sqltext.update_statements)."""
        return Rendered(self.table, len(self.rows), tuple(update_statements(
            self.table, self.set_columns, self.key_columns, self.rows, self.keep_columns)), made_from="Update")


@dataclass(frozen=True)
class Call:
    """A read of what the transaction wrote, made once every change queued before it has run: fn(query),
    where query(sql, args=None) returns the rows. It runs on a second connection (seeder.reader), so the
    server checks while the writer goes on, and may see changes queued after it too: queue a Call only
    once nothing will change what it reads."""

    table: str   # what it reads, for messages
    fn: Callable[[Callable[..., list[tuple[Any, ...]]]], None]


Op = Insert | Rendered | Update | Call


def _rows_of(op: Op) -> int:
    return op.count if isinstance(op, (Insert, Rendered)) else len(op.rows) if isinstance(op, Update) else 0


def load_rows(cur: Any, op: Load) -> int:
    """LOAD DATA LOCAL INFILE of the rows, from memory (seeder.localload), checked: with LOCAL the server
    turns errors (a value that does not fit, a duplicate key, a missing parent) into warnings and skips or
    changes rows, so any warning or a row count short of the rows sent fails the unit."""
    loaded = cur.connection.load(cur, lambda file: load_statement(file, op.table, op.columns, op.kinds), op.data)
    warnings = []
    if cur.warning_count:   # from the statement's OK packet: no SHOW WARNINGS round trip when none
        cur.execute("SHOW WARNINGS LIMIT 3")
        warnings = [f"{w[2]}" for w in cur.fetchall()] or [f"{cur.warning_count} warnings"]
    if warnings or loaded != op.count:
        raise pymysql.err.DataError(1265, f"LOAD DATA into {op.table} kept {loaded} of {op.count} rows: "
                                          + ("; ".join(warnings) or "no warning given"))
    return loaded


def connect(url: URL, dialect: str, local_infile: bool = False) -> pymysql.connections.Connection:
    """A PyMySQL connection in strict mode, UTC, foreign-key checks on, autocommit off."""
    conn = (LoadConnection if local_infile else pymysql.connections.Connection)(
        host=url.host or "127.0.0.1", port=url.port or 3306, user=url.username or "root",
        password=url.password or "", database=url.database, charset="utf8mb4",
        autocommit=False, local_infile=local_infile, connect_timeout=10,
    )
    with conn.cursor() as cur:
        for stmt in session_setup_sql(dialect) + check_tuning_sql(dialect):
            cur.execute(stmt)
    return conn


class Writer:
    """Owns one connection. `write` runs a unit in its own retried transaction; `execute` joins the
    caller's transaction (the caller commits, rolls back and retries)."""

    def __init__(self, url: URL, dialect: str, attempts: int = 5, write_path: str = "insert") -> None:
        if write_path not in ("insert", "load", "auto"):
            raise UsageError(f"--write-path {write_path!r}: choose insert, load or auto")
        self.url, self.dialect, self.attempts = url, dialect, attempts
        self._conn = connect(url, dialect, local_infile=write_path != "insert")
        self._queue: queue.Queue[tuple[Op, bool, Callable[[int], None] | None] | None] = queue.Queue()
        self._queued = 0                      # rows of the inserts and updates waiting, under _room
        self._room = threading.Condition()
        self._generating = True               # checks yield to writes (Writer._writes_first) until final_checks
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None
        self._reader = Reader(lambda: connect(url, dialect), before=self._writes_first)   # runs the Calls
        try:
            self.bulk = write_path != "insert" and self._server_loads(required=write_path == "load")
        except BaseException:
            self._conn.close()
            raise

    # --- background writing: the server stores one batch while the caller generates the next ----------
    @property
    def conn(self) -> pymysql.connections.Connection:
        """The connection, once every submitted batch is written (a failed one raises here)."""
        self.drain()
        return self._conn

    def submit(self, op: Insert | Update | Call, fk_checks: bool = True,
               on_done: Callable[[int], None] | None = None) -> None:
        """Write op in the current transaction from a background thread (an Insert or Update is rendered
        here first); its error (a rejected row, a lost connection) is raised by the next submit, drain,
        query, execute or commit. on_done(rows), if given, is called from the writer's thread once op
        is written (for an Insert: once per batch, with the batch's rows)."""
        self._raise_pending()
        if self._worker is None:
            # The writer's thread waits on the server, then for the GIL, which the generating thread
            # holds for up to the switch interval (5 ms by default): at every statement and packet. A
            # shorter one while it runs: 10x TERP seed, LOAD DATA path 28.8 -> 25.0 s, INSERTs 25.3 -> 24.9 s.
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
            self._worker = threading.Thread(target=self._work, name="seeder-writer", daemon=True)
            self._worker.start()
        if isinstance(op, Insert):   # batch by batch: the server stores one while the next is rendered
            for batch in op.batches():
                self._put(batch.render(self.bulk), fk_checks, on_done)
            return
        self._put(op.render() if isinstance(op, Update) else op, fk_checks, on_done)

    def _put(self, op: Rendered | Call, fk_checks: bool, on_done: Callable[[int], None] | None) -> None:
        size = _rows_of(op)
        with self._room:   # a large op waits for an empty queue, not forever
            self._room.wait_for(lambda: self._queued == 0 or self._queued + size <= QUEUED_ROWS)
            self._queued += size
        self._queue.put((op, fk_checks, on_done))

    def drain(self) -> None:
        """Wait until every submitted batch is written and every Call made; raise the first failure."""
        self._wait()
        self._raise_pending()

    def _wait(self) -> None:
        if self._worker is not None:
            self._queue.join()
        self._reader.wait()   # after the writer's queue: it hands the Calls on

    def _writes_first(self) -> None:
        """While the caller generates, hold a check while inserts or updates wait (up to WRITES_FIRST_S):
        checks then fill the server's idle time instead of slowing the writes the caller waits for
        (10x TERP: 14.95 -> 14.22 s, medians of 4 interleaved)."""
        with self._room:
            self._room.wait_for(lambda: self._queued == 0 or not self._generating, timeout=WRITES_FIRST_S)

    def final_checks(self, lanes: int) -> None:
        """Generation is over: checks no longer yield to writes (no caller waits for those now, and the
        server has a core for each), and up to `lanes` run at once, each on its own connection
        (seeder.reader). Held behind the last table's LOAD, checks had kept a core of the server idle
        (10x TERP: 15.96 -> 15.40 s, medians of 4 interleaved)."""
        with self._room:
            self._generating = False
            self._room.notify_all()
        self._reader.widen(lanes)

    def _raise_pending(self) -> None:
        error, self._error = self._error, None
        error = error or self._reader.take_error()
        if error is not None:
            raise error

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None:   # after a failure the rest of the transaction is dropped
                    done = self._execute([item[0]], item[1])
                    if item[2] is not None:
                        item[2](done)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread, raised there
                self._error = exc
            finally:
                if item is not None:
                    with self._room:
                        self._queued -= _rows_of(item[0])
                        self._room.notify_all()
                self._queue.task_done()

    def _stop_worker(self) -> None:
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join()
            self._worker = None
            sys.setswitchinterval(self._switch_interval)

    def _server_loads(self, required: bool) -> bool:
        """Whether the server accepts LOAD DATA LOCAL INFILE (MariaDB: on by default; MySQL 8: off)."""
        if not loads_from_memory():   # this PyMySQL lacks the hooks LOAD DATA from memory needs
            if required:
                raise WriteFailed("--write-path load: this PyMySQL version cannot load from memory; use "
                                  "--write-path insert or PyMySQL 1.1 to 1.2")
            return False
        with self._conn.cursor() as cur:
            cur.execute("SELECT @@local_infile")
            allowed = bool(int(cur.fetchone()[0]))
        if required and not allowed:
            raise WriteFailed("--write-path load: the server has local_infile off; use --write-path insert "
                              "or SET GLOBAL local_infile = 1")
        return allowed

    def close(self) -> None:
        self._stop_worker()
        self._reader.close()
        self._error = None
        try:
            self._conn.close()
        except pymysql.err.Error:
            pass

    def reconnect(self) -> None:
        self.close()
        self._conn = connect(self.url, self.dialect, local_infile=self.bulk)

    def recover(self, exc: BaseException | None) -> None:
        """After a failed transaction: roll back, and reconnect if the connection is gone."""
        self.rollback()
        if not self._conn.open or (exc is not None and exc.args and exc.args[0] in LOST):
            self.reconnect()

    def write(self, unit: Iterable[Insert | Update | Call], fk_checks: bool = True) -> int:
        """Run all inserts/updates of the unit in one transaction, retried whole; return rows written."""
        ops = list(unit)

        def before_retry(state: Any) -> None:
            exc = state.outcome.exception()
            log.warning("unit_retried", attempt=state.attempt_number, error=str(exc))
            self.recover(exc)

        for attempt in retrying(self.attempts, before_retry):
            with attempt:
                written = self.execute(ops, fk_checks)
                self.commit()
                return written
        raise AssertionError("unreachable")

    def execute(self, ops: Iterable[Insert | Update | Call], fk_checks: bool = True) -> int:
        """Run the ops in the current transaction. A rejected row raises WriteFailed naming the table."""
        self.drain()
        return self._execute(ops, fk_checks)

    def _execute(self, ops: Iterable[Op], fk_checks: bool) -> int:
        written = 0
        op: Op | None = None
        cur = self._conn.cursor()
        try:
            if not fk_checks:
                cur.execute("SET SESSION foreign_key_checks = 0")
            for op in ops:
                written += self._run(cur, op)
        except pymysql.err.OperationalError as exc:
            if is_transient(exc):
                raise
            self._rollback()
            raise WriteFailed(explain_denied(self.url, exc)
                              or f"the server refused writing {op.table if op else '?'}: {exc.args[-1]}") from exc
        except pymysql.err.Error as exc:
            self._rollback()
            raise WriteFailed(f"the server rejected rows for {op.table if op else '?'}: {exc.args[-1]}; "
                              "nothing of this transaction was kept") from exc
        finally:
            if not fk_checks and self._conn.open:
                try:
                    cur.execute("SET SESSION foreign_key_checks = 1")
                except pymysql.err.Error:
                    pass
            cur.close()
        return written

    def commit(self) -> None:
        self.drain()
        self._conn.commit()

    def rollback(self) -> None:
        """Roll back, once the background writer is idle; its pending failure is dropped with the rows."""
        self._wait()
        self._error = None
        self._reader.take_error()
        self._generating = True   # the next transaction generates again
        self._rollback()

    def _rollback(self) -> None:
        try:
            self._conn.rollback()
        except pymysql.err.Error:
            pass

    def _run(self, cur: Any, op: Op) -> int:
        if isinstance(op, Call):   # every change queued before it has run: the reader may look
            self._reader.put(op.fn)
            return 0
        if isinstance(op, Insert):
            op = op.render(self.bulk)
        elif isinstance(op, Update):
            op = op.render()
        if isinstance(op, Rendered):
            stored = 0
            for part in op.parts:
                stored += load_rows(cur, part) if isinstance(part, Load) else cur.execute(part)
            if op.made_from == "Insert" and stored != op.count:   # every row sent is a row stored, or nothing
                raise pymysql.err.DataError(1265, f"{op.table}: the server stored {stored} of {op.count} rows")
            return op.count
        raise TypeError(f"not an op: {op!r}")

    def query(self, sql: str, args: Any = None) -> list[tuple[Any, ...]]:
        """A read inside the current transaction (no commit), after every submitted batch."""
        with self.conn.cursor() as cur:
            cur.execute(sql, args)
            return list(cur.fetchall())
