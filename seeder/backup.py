"""Back up the tables a run will write, before its first write; restore such a backup.

`mariadb-dump`/`mysqldump` where installed, else a built-in logical dump (SHOW CREATE TABLE plus
INSERTs). Either way the file is read back and checked before the run may write.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pymysql
from sqlalchemy.engine import URL

from introspect.dialect import quote_ident as q
from seeder.ddl import load_sql
from seeder.errors import SeederError
from seeder.ledger import utcnow

FOOTER = "-- seeder backup complete"


def backup_tables(url: URL, tables: list[str], directory: Path, run_id: str) -> Path:
    """Dump the tables to directory/<database>-<run_id>.sql and check the file; return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{url.database}-{run_id}.sql"
    dump = shutil.which("mariadb-dump") or shutil.which("mysqldump")
    if dump:
        _external_dump(dump, url, tables, path)
    else:
        _builtin_dump(url, tables, path)
    check_backup(path, tables)
    return path.resolve()


def _external_dump(binary: str, url: URL, tables: list[str], path: Path) -> None:
    args = [binary, f"--host={url.host or '127.0.0.1'}", f"--port={url.port or 3306}",
            f"--user={url.username or 'root'}", "--single-transaction", "--skip-lock-tables",
            "--no-tablespaces", "--hex-blob", "--default-character-set=utf8mb4", str(url.database), *tables]
    env = {**os.environ, "MYSQL_PWD": url.password or ""}   # never on the command line
    with path.open("w", encoding="utf-8") as out:
        proc = subprocess.run(args, stdout=out, stderr=subprocess.PIPE, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SeederError(f"{Path(binary).name} failed ({proc.returncode}): {proc.stderr.strip()[:300]}; "
                          "nothing was written")
    with path.open("a", encoding="utf-8") as out:
        out.write(f"\n{FOOTER}\n")


def _builtin_dump(url: URL, tables: list[str], path: Path) -> None:
    conn = pymysql.connect(host=url.host or "127.0.0.1", port=url.port or 3306, user=url.username or "root",
                           password=url.password or "", database=url.database, charset="utf8mb4")
    try:
        with path.open("w", encoding="utf-8") as out, conn.cursor() as cur:
            out.write(f"-- seeder built-in dump of {url.database}, {utcnow().isoformat()}Z\n"
                      "SET FOREIGN_KEY_CHECKS = 0;\n")
            for table in tables:
                cur.execute(f"SHOW CREATE TABLE {q(table)}")
                out.write(f"DROP TABLE IF EXISTS {q(table)};\n{cur.fetchone()[1]};\n")
                _dump_rows(conn, cur, table, out)
            out.write(f"SET FOREIGN_KEY_CHECKS = 1;\n{FOOTER}\n")
    finally:
        conn.close()


def _dump_rows(conn: Any, cur: Any, table: str, out: Any) -> None:
    """INSERTs of every row; generated columns are left to the server."""
    cur.execute("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                "AND TABLE_NAME = %s AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION", (table,))
    cols = ", ".join(q(r[0]) for r in cur.fetchall())
    cur.execute(f"SELECT {cols} FROM {q(table)}")
    while batch := cur.fetchmany(500):
        values = ",\n".join("(" + ", ".join(conn.escape(v) for v in row) + ")" for row in batch)
        out.write(f"INSERT INTO {q(table)} ({cols}) VALUES\n{values};\n")


def check_backup(path: Path, tables: list[str]) -> None:
    """The file is complete and holds a CREATE TABLE for every table."""
    text = path.read_text(encoding="utf-8")
    missing = [t for t in tables if f"CREATE TABLE `{t}`" not in text]
    if not text.rstrip().endswith(FOOTER) or missing:
        raise SeederError(f"backup {path} is incomplete (missing: {missing[:5] or 'the end marker'}); "
                          "nothing was written")


def restore_backup(url: URL, path: Path) -> int:
    """Load a backup file into the database of url: the dumped tables are dropped and recreated."""
    if not path.is_file():
        raise SeederError(f"backup {path} not found; `seeder runs` shows each run's backup path")
    text = path.read_text(encoding="utf-8")
    if not text.rstrip().endswith(FOOTER):
        raise SeederError(f"{path} is not a complete seeder backup (no end marker); refusing to load it")
    return load_sql(url.render_as_string(hide_password=False), text)
