"""Connections that read what the writer's open transaction has written, while it goes on.

The writer's thread hands each check (a `Call`) over in queue order, so a check starts only once every
insert and update queued before it has run (the writer goes on meanwhile). A lane (a thread with its own
connection) reads at READ UNCOMMITTED, the one isolation level that sees another session's uncommitted
rows; a check is queued only after the last change to the tables it reads, so it sees them as they will
be committed. The server thus checks earlier tables while the writer inserts later ones. One lane runs
while the seeder generates (the generating thread, the writer's and the reader's then share the cores);
`widen` adds lanes once generation is over, for the checks left at the end. Before each call, `before`
(the writer's) may hold it while writes are queued, so checks take the server's idle time. It never writes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

import pymysql

ISOLATION = "SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED"


class _Lane:
    """One thread and its connection, opened at its first query."""

    def __init__(self, connect: Callable[[], pymysql.connections.Connection]) -> None:
        self._connect = connect
        self.conn: pymysql.connections.Connection | None = None

    def query(self, sql: str, args: Any = None) -> list[tuple[Any, ...]]:
        if self.conn is None:
            self.conn = self._connect()
            self.conn.autocommit(True)
            with self.conn.cursor() as cur:
                cur.execute(ISOLATION)
        try:
            with self.conn.cursor() as cur:
                cur.execute(sql, args)
                return list(cur.fetchall())
        except pymysql.err.OperationalError:   # a lost connection: the next call opens a new one
            self.close()
            raise

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except pymysql.err.Error:
                pass
            self.conn = None


class Reader:
    """Runs calls fn(query), taken in the order given, on its lanes' threads and connections."""

    def __init__(self, connect: Callable[[], pymysql.connections.Connection],
                 before: Callable[[], None] | None = None) -> None:
        self._connect = connect
        self._before = before   # called before each call: the writer's, to let its writes go first
        self._queue: queue.Queue[Callable[[Any], None] | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._lanes: list[_Lane] = []
        self._error: BaseException | None = None

    def put(self, fn: Callable[[Any], None]) -> None:
        if not self._threads:
            self.widen(1)
        self._queue.put(fn)

    def widen(self, lanes: int) -> None:
        """Run up to `lanes` calls at once (each lane opens its connection when it first reads)."""
        while len(self._threads) < lanes:
            lane = _Lane(self._connect)
            thread = threading.Thread(target=self._work, args=(lane,), name=f"seeder-reader-{len(self._threads)}",
                                      daemon=True)
            self._lanes.append(lane)
            self._threads.append(thread)
            thread.start()

    def wait(self) -> None:
        """Until every call given so far has run."""
        if self._threads:
            self._queue.join()

    def take_error(self) -> BaseException | None:
        error, self._error = self._error, None
        return error

    def _work(self, lane: _Lane) -> None:
        while True:
            fn = self._queue.get()
            try:
                if fn is None:
                    return
                if self._error is None:   # after a failure the rest is dropped with the transaction
                    if self._before is not None:
                        self._before()
                    fn(lane.query)
            except BaseException as exc:  # noqa: BLE001 - handed to the writer's caller, raised there
                if self._error is None:
                    self._error = exc
            finally:
                self._queue.task_done()

    def close(self) -> None:
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()
        self._threads = []
        self._error = None
        for lane in self._lanes:
            lane.close()
        self._lanes = []
