"""The run ledger, kept in the target: which runs happened and exactly which keys each inserted.

`_seeder_runs` (or the name the target gives) holds one row per run; `<name>_keys` holds, per run and
table, the inserted keys: integer ranges for single integer keys, JSON key lists otherwise, and for a
table without a primary key the full rows (deleted by exact match).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from introspect.dialect import quote_ident as q

DEFAULT_LEDGER = "_seeder_runs"
CHUNK = 2000


@dataclass
class RunRecord:
    """One run as the ledger holds it."""

    run_id: str
    status: str                      # running | completed | failed | aborted | rolled_back
    seed: int
    profile: str
    options: dict[str, Any]
    fingerprint: str
    started_at: datetime
    finished_at: datetime | None = None
    rows: dict[str, int] = field(default_factory=dict)
    error: str = ""
    backup: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "status": self.status, "seed": self.seed, "profile": self.profile,
                "fingerprint": self.fingerprint, "started_at": self.started_at.isoformat(),
                "finished_at": self.finished_at.isoformat() if self.finished_at else None,
                "rows": sum(self.rows.values()), "rows_per_table": self.rows, "options": self.options,
                "error": self.error, "backup": self.backup}


def utcnow() -> datetime:
    """The current UTC time, naive (as DATETIME columns store it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def jsonable(value: Any) -> Any:
    """A JSON-safe form of a column value that MySQL converts back when compared."""
    if isinstance(value, (bytes, bytearray)):
        return {"hex": bytes(value).hex()}
    if isinstance(value, (Decimal, datetime, date, time, timedelta)):
        return str(value)
    return value


class Ledger:
    """SQL for the ledger tables; every method takes a PyMySQL cursor so callers own transactions."""

    def __init__(self, name: str = DEFAULT_LEDGER) -> None:
        self.name = name
        self.keys = f"{name}_keys"

    @property
    def tables(self) -> frozenset[str]:
        return frozenset({self.name, self.keys})

    def ensure(self, cur: Any) -> None:
        """Create the ledger tables if missing (DDL: run outside the data transaction)."""
        cur.execute(f"""CREATE TABLE IF NOT EXISTS {q(self.name)} (
            run_id VARCHAR(40) NOT NULL PRIMARY KEY, status VARCHAR(20) NOT NULL, seed BIGINT NOT NULL,
            profile VARCHAR(64) NOT NULL, options LONGTEXT NOT NULL, fingerprint CHAR(64) NOT NULL,
            started_at DATETIME(6) NOT NULL, finished_at DATETIME(6) NULL, `rows` LONGTEXT NULL,
            error TEXT NULL, backup TEXT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""")
        cur.execute(f"""CREATE TABLE IF NOT EXISTS {q(self.keys)} (
            run_id VARCHAR(40) NOT NULL, table_name VARCHAR(64) NOT NULL, seq INT NOT NULL,
            key_columns TEXT NOT NULL, kind VARCHAR(10) NOT NULL, payload LONGTEXT NOT NULL,
            PRIMARY KEY (run_id, table_name, seq)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""")

    def exists(self, cur: Any) -> bool:
        cur.execute("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    "AND TABLE_NAME = %s", (self.name,))
        return bool(cur.fetchone()[0])

    def start(self, cur: Any, run: RunRecord) -> None:
        cur.execute(f"INSERT INTO {q(self.name)} (run_id, status, seed, profile, options, fingerprint, "
                    "started_at, backup) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    (run.run_id, run.status, run.seed, run.profile, json.dumps(run.options, sort_keys=True),
                     run.fingerprint, run.started_at, run.backup))

    def finish(self, cur: Any, run_id: str, status: str, rows: dict[str, int] | None = None,
               error: str = "") -> None:
        cur.execute(f"UPDATE {q(self.name)} SET status = %s, finished_at = %s, `rows` = %s, error = %s "
                    "WHERE run_id = %s",
                    (status, utcnow(), json.dumps(rows or {}, sort_keys=True), error[:2000], run_id))

    def record_keys(self, cur: Any, run_id: str, table: str, key_columns: tuple[str, ...],
                    keys: list[tuple[Any, ...]], full_rows: bool, first_seq: int = 0) -> int:
        """Store keys (ranges when they are single integers); return the next free seq."""
        if not keys:
            return first_seq
        if len(key_columns) == 1 and not full_rows and all(isinstance(k[0], int) for k in keys):
            kind, items = "ranges", _ranges(sorted(k[0] for k in keys))
        else:
            kind, items = ("rows" if full_rows else "keys"), [[jsonable(v) for v in k] for k in keys]
        seq = first_seq
        rows = []
        for i in range(0, len(items), CHUNK):
            rows.append((run_id, table, seq, json.dumps(list(key_columns)), kind, json.dumps(items[i:i + CHUNK])))
            seq += 1
        cur.executemany(f"INSERT INTO {q(self.keys)} (run_id, table_name, seq, key_columns, kind, payload) "
                        "VALUES (%s, %s, %s, %s, %s, %s)", rows)
        return seq

    def runs(self, cur: Any) -> list[RunRecord]:
        cur.execute(f"SELECT run_id, status, seed, profile, options, fingerprint, started_at, finished_at, "
                    f"`rows`, error, backup FROM {q(self.name)} ORDER BY started_at, run_id")
        return [RunRecord(run_id=r[0], status=r[1], seed=r[2], profile=r[3], options=json.loads(r[4]),
                          fingerprint=r[5], started_at=r[6], finished_at=r[7],
                          rows=json.loads(r[8]) if r[8] else {}, error=r[9] or "", backup=r[10] or "")
                for r in cur.fetchall()]

    def set_status(self, cur: Any, run_id: str, status: str) -> None:
        cur.execute(f"UPDATE {q(self.name)} SET status = %s WHERE run_id = %s", (status, run_id))

    def keys_of(self, cur: Any, run_id: str) -> dict[str, tuple[tuple[str, ...], str, list[Any]]]:
        """table -> (key columns, kind, keys); ranges expanded to key tuples."""
        cur.execute(f"SELECT table_name, key_columns, kind, payload FROM {q(self.keys)} WHERE run_id = %s "
                    "ORDER BY table_name, seq", (run_id,))
        out: dict[str, tuple[tuple[str, ...], str, list[Any]]] = {}
        for table, cols, kind, payload in cur.fetchall():
            items = json.loads(payload)
            keys = [(k,) for a, b in items for k in range(a, b + 1)] if kind == "ranges" else \
                [tuple(_unjson(v) for v in item) for item in items]
            prev = out.get(table)
            out[table] = (tuple(json.loads(cols)), kind, (prev[2] if prev else []) + keys)
        return out

    def seeded_rows(self, cur: Any) -> dict[str, int]:
        """Rows per table that completed runs inserted and no rollback took back."""
        totals: dict[str, int] = {}
        for run in self.runs(cur):
            if run.status == "completed":
                for table, n in run.rows.items():
                    totals[table] = totals.get(table, 0) + n
        return totals


def _ranges(values: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for v in values:
        if out and out[-1][1] + 1 == v:
            out[-1][1] = v
        else:
            out.append([v, v])
    return out


def _unjson(value: Any) -> Any:
    if isinstance(value, dict) and "hex" in value:
        return bytes.fromhex(value["hex"])
    return value
