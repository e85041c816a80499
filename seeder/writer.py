"""Write rows: batched multi-row INSERTs, one transaction per unit, retried only on transient errors.

PyMySQL's executemany turns `INSERT ... VALUES (%s, ...)` into multi-row statements of up to
about 1 MB each, so batch_size sizes transactions and memory while PyMySQL sizes statements.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pymysql
import structlog
from sqlalchemy.engine import URL
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from introspect.dialect import quote_ident, session_setup_sql
from seeder.errors import WriteFailed

log = structlog.get_logger()

TRANSIENT = {1205, 1213, 2006, 2013, 2003, 2055}   # lock wait, deadlock, gone away, lost, can't connect


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, pymysql.err.OperationalError) and bool(exc.args) and exc.args[0] in TRANSIENT


@dataclass(frozen=True)
class Insert:
    """Rows for one table, in column order."""

    table: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]


@dataclass(frozen=True)
class Update:
    """Set columns of rows found by key: rows are (set values..., key values...)."""

    table: str
    set_columns: tuple[str, ...]
    key_columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    keep_columns: tuple[str, ...] = ()   # ON UPDATE CURRENT_TIMESTAMP columns, set to themselves


def connect(url: URL, dialect: str) -> pymysql.connections.Connection:
    """A PyMySQL connection in strict mode, UTC, foreign-key checks on, autocommit off."""
    conn = pymysql.connect(
        host=url.host or "127.0.0.1", port=url.port or 3306, user=url.username or "root",
        password=url.password or "", database=url.database, charset="utf8mb4",
        autocommit=False, local_infile=False, connect_timeout=10,
    )
    with conn.cursor() as cur:
        for stmt in session_setup_sql(dialect):
            cur.execute(stmt)
    return conn


class Writer:
    """Owns one connection; every unit is one transaction, retried whole on transient errors."""

    def __init__(self, url: URL, dialect: str, attempts: int = 5) -> None:
        self.url, self.dialect, self.attempts = url, dialect, attempts
        self.conn = connect(url, dialect)

    def close(self) -> None:
        try:
            self.conn.close()
        except pymysql.err.Error:
            pass

    def write(self, unit: Iterable[Insert | Update], fk_checks: bool = True) -> int:
        """Run all inserts/updates of the unit in one transaction; return rows written."""
        ops = list(unit)
        retrying = Retrying(retry=retry_if_exception(is_transient), stop=stop_after_attempt(self.attempts),
                            wait=wait_exponential(multiplier=0.2, max=5), reraise=True,
                            before_sleep=self._before_retry)
        for attempt in retrying:
            with attempt:
                return self._write_once(ops, fk_checks)
        raise AssertionError("unreachable")

    def _before_retry(self, state: Any) -> None:
        exc = state.outcome.exception()
        log.warning("unit_retried", attempt=state.attempt_number, error=str(exc))
        try:
            self.conn.rollback()
        except pymysql.err.Error:
            pass
        if not self.conn.open or (exc.args and exc.args[0] in (2006, 2013, 2055)):
            self.close()
            self.conn = connect(self.url, self.dialect)

    def _write_once(self, ops: list[Insert | Update], fk_checks: bool) -> int:
        written = 0
        cur = self.conn.cursor()
        try:
            if not fk_checks:
                cur.execute("SET SESSION foreign_key_checks = 0")
            for op in ops:
                written += self._run(cur, op)
            self.conn.commit()
        except pymysql.err.OperationalError:
            raise
        except pymysql.err.Error as exc:
            self._rollback()
            table = ops[0].table if ops else "?"
            raise WriteFailed(f"the server rejected rows for {table}: {exc.args[-1]}; nothing of "
                              f"this unit was kept") from exc
        finally:
            if not fk_checks and self.conn.open:
                cur.execute("SET SESSION foreign_key_checks = 1")
            cur.close()
        return written

    def _rollback(self) -> None:
        try:
            self.conn.rollback()
        except pymysql.err.Error:
            pass

    @staticmethod
    def _run(cur: Any, op: Insert | Update) -> int:
        if not op.rows:
            return 0
        if isinstance(op, Insert):
            cols = ", ".join(quote_ident(c) for c in op.columns)
            marks = ", ".join(["%s"] * len(op.columns))
            cur.executemany(f"INSERT INTO {quote_ident(op.table)} ({cols}) VALUES ({marks})", op.rows)
            return len(op.rows)
        sets = ", ".join([f"{quote_ident(c)} = %s" for c in op.set_columns]
                         + [f"{quote_ident(c)} = {quote_ident(c)}" for c in op.keep_columns])
        where = " AND ".join(f"{quote_ident(c)} = %s" for c in op.key_columns)
        cur.executemany(f"UPDATE {quote_ident(op.table)} SET {sets} WHERE {where}", op.rows)
        return len(op.rows)

    def query(self, sql: str, args: Any = None) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(sql, args)
            rows = list(cur.fetchall())
        self.conn.commit()
        return rows
