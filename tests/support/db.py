"""Plain helpers for tests that talk to a real MySQL/MariaDB database (no pytest imports here)."""

from __future__ import annotations

from pathlib import Path

import pymysql
from sqlalchemy.engine import make_url

from seeder.ddl import load_sql, split_sql  # noqa: F401 - re-exported for the tests

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
TERP_SCHEMA = SHARED / "terp" / "schema.sql"
TERP_TABLE_COUNT = 117


def connect(url: str) -> pymysql.connections.Connection:
    """An autocommit PyMySQL connection for a SQLAlchemy-style ``mysql+pymysql://`` URL."""
    u = make_url(url)
    return pymysql.connect(host=u.host or "127.0.0.1", port=u.port or 3306, user=u.username or "root",
                           password=u.password or "", database=u.database, charset="utf8mb4",
                           autocommit=True, local_infile=True)


def base_tables(url: str, ledger: bool = False) -> list[str]:
    """Names of the base tables (not views) in the database of ``url``, sorted; the seeder's own run
    ledger (``_seeder_runs``, ``_seeder_runs_keys``) only when asked for."""
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                    "AND table_type = 'BASE TABLE' ORDER BY table_name")
        return [row[0] for row in cur.fetchall() if ledger or not row[0].startswith("_seeder_runs")]


def _q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def table_checksums(url: str) -> dict[str, int]:
    """``CHECKSUM TABLE`` of every base table: equal before and after means the rows did not change."""
    tables = base_tables(url)
    if not tables:
        return {}
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("CHECKSUM TABLE " + ", ".join(_q(t) for t in tables))
        by_qualified = {name: checksum for name, checksum in cur.fetchall()}
    database = make_url(url).database
    return {t: int(by_qualified[f"{database}.{t}"]) for t in tables}


def row_counts(url: str) -> dict[str, int]:
    """Exact ``COUNT(*)`` of every base table."""
    tables = base_tables(url)
    if not tables:
        return {}
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(" UNION ALL ".join(f"SELECT {i}, COUNT(*) FROM {_q(t)}" for i, t in enumerate(tables)))
        counts = dict(cur.fetchall())
    return {t: int(counts[i]) for i, t in enumerate(tables)}
