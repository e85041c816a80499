"""A second connection that reads what the writer's open transaction has written, while it goes on.

The writer's thread hands it each check (a `Call`) in queue order, so a check starts only once every
insert and update queued before it has run (the writer goes on meanwhile). It reads at READ UNCOMMITTED,
the one isolation level that sees another session's uncommitted rows; a check is queued only after the
last change to the tables it reads, so it sees them as they will be committed. The server thus checks
earlier tables on one connection while the writer inserts later ones on the other. It never writes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

import pymysql

ISOLATION = "SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED"


class Reader:
    """Runs calls fn(query) on its own connection and thread, in the order given."""

    def __init__(self, connect: Callable[[], pymysql.connections.Connection]) -> None:
        self._connect = connect
        self._conn: pymysql.connections.Connection | None = None
        self._queue: queue.Queue[Callable[[Any], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def put(self, fn: Callable[[Any], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="seeder-reader", daemon=True)
            self._thread.start()
        self._queue.put(fn)

    def wait(self) -> None:
        """Until every call given so far has run."""
        if self._thread is not None:
            self._queue.join()

    def take_error(self) -> BaseException | None:
        error, self._error = self._error, None
        return error

    def _query(self, sql: str, args: Any = None) -> list[tuple[Any, ...]]:
        if self._conn is None:
            self._conn = self._connect()
            self._conn.autocommit(True)
            with self._conn.cursor() as cur:
                cur.execute(ISOLATION)
        try:
            with self._conn.cursor() as cur:
                cur.execute(sql, args)
                return list(cur.fetchall())
        except pymysql.err.OperationalError:   # a lost connection: the next call opens a new one
            self.close_connection()
            raise

    def _work(self) -> None:
        while True:
            fn = self._queue.get()
            try:
                if fn is None:
                    return
                if self._error is None:   # after a failure the rest is dropped with the transaction
                    fn(self._query)
            except BaseException as exc:  # noqa: BLE001 - handed to the writer's caller, raised there
                self._error = exc
            finally:
                self._queue.task_done()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._error = None
        self.close_connection()

    def close_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except pymysql.err.Error:
                pass
            self._conn = None
