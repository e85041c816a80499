"""Progress of a run: bars on a terminal (rich), periodic log lines elsewhere, nothing in tests."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Protocol

import structlog

log = structlog.get_logger()


class Progress(Protocol):
    """Hooks the runner calls. A table's rows count twice: once generated (the runner's thread), once
    written (`written`, from the writer's thread, once the server has them). Planned row counts are
    estimates (an expand decides its own): `generated` corrects the totals with the rows made."""

    def start(self, tables: int, rows: int, writing: bool = True) -> None: ...

    def table(self, name: str, rows: int) -> None: ...

    def generated(self, planned: int, rows: int) -> None: ...

    def written(self, rows: int) -> None: ...

    def finish(self) -> None: ...


class NoProgress:
    """Says nothing."""

    def start(self, tables: int, rows: int, writing: bool = True) -> None: ...

    def table(self, name: str, rows: int) -> None: ...

    def generated(self, planned: int, rows: int) -> None: ...

    def written(self, rows: int) -> None: ...

    def finish(self) -> None: ...


class LogProgress:
    """A log line on stderr at most every `every` seconds: for CI logs and pipes."""

    def __init__(self, every: float = 5.0) -> None:
        self.every, self.done, self.total, self.tables, self.current = every, 0, 0, 0, ""
        self.last = time.monotonic()
        self.table_no, self.passes = 0, 2
        self._lock = threading.Lock()   # written() comes from the writer's thread

    def start(self, tables: int, rows: int, writing: bool = True) -> None:
        self.passes = 2 if writing else 1
        self.tables, self.total = tables, rows * self.passes

    def table(self, name: str, rows: int) -> None:
        self.current, self.table_no = name, self.table_no + 1

    def generated(self, planned: int, rows: int) -> None:
        self._advance(rows, (rows - planned) * self.passes)

    def written(self, rows: int) -> None:
        self._advance(rows)

    def _advance(self, rows: int, more: int = 0) -> None:
        with self._lock:
            self.done, self.total = self.done + rows, self.total + more
            if time.monotonic() - self.last < self.every:
                return
            self.last = time.monotonic()
        log.info("progress", table=self.current, tables=f"{self.table_no}/{self.tables}",
                 percent=round(100 * self.done / max(1, self.total), 1))

    def finish(self) -> None:
        if self.total:
            log.info("progress", tables=f"{self.table_no}/{self.tables}", percent=100.0)


class BarProgress:
    """An overall bar (rows generated and written) and a bar for the table being generated (rich, on
    stderr; rich's updates are thread-safe)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bars = Progress(TextColumn("{task.description:<32}"), BarColumn(), MofNCompleteColumn(),
                              TimeElapsedColumn(), console=Console(file=sys.stderr), transient=True)
        self._overall: Any = None
        self._table: Any = None
        self._total, self._passes = 0, 2

    def start(self, tables: int, rows: int, writing: bool = True) -> None:
        self._bars.start()
        self._passes = 2 if writing else 1
        self._total = rows * self._passes
        self._overall = self._bars.add_task("all tables", total=self._total)

    def table(self, name: str, rows: int) -> None:
        if self._table is not None:
            self._bars.remove_task(self._table)
        self._table = self._bars.add_task(name[:32], total=max(1, rows))

    def generated(self, planned: int, rows: int) -> None:
        self._total += (rows - planned) * self._passes
        self._bars.update(self._overall, total=self._total, advance=rows)
        if self._table is not None:
            self._bars.update(self._table, total=max(1, rows), completed=rows)

    def written(self, rows: int) -> None:
        self._bars.advance(self._overall, rows)

    def finish(self) -> None:
        if self._overall is not None:
            self._bars.stop()


def progress_for_terminal(enabled: bool = True) -> Progress:
    """Bars when stderr is a terminal, log lines otherwise."""
    if not enabled:
        return NoProgress()
    return BarProgress() if sys.stderr.isatty() else LogProgress()
