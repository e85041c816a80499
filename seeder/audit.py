"""The audit trail: every step of a run as JSON lines in a file of its own, and on stderr."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import structlog

log = structlog.get_logger()


class Audit:
    """Writes each event to `<dir>/<run_id>.jsonl` (if a directory is given) and to the stderr log."""

    def __init__(self, run_id: str, directory: Path | None) -> None:
        self.run_id = run_id
        self.path: Path | None = None
        self._file: IO[str] | None = None
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
            self.path = directory / f"{run_id}.jsonl"
            self._file = self.path.open("a", encoding="utf-8")

    def event(self, name: str, level: str = "info", **fields: Any) -> None:
        getattr(log, level)(name, run_id=self.run_id, **fields)
        if self._file is not None:
            record = {"timestamp": datetime.now(UTC).isoformat(), "level": level, "event": name,
                      "run_id": self.run_id, **fields}
            self._file.write(json.dumps(record, default=str, sort_keys=True) + "\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
