"""The test harness itself: throwaway server, per-test databases, SQL loading, checksums."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pymysql
import pytest
from sqlalchemy.engine import make_url

from seeder.errors import ConnectionFailed, SchemaError, SeederError
from seeder.sandbox import ENV_VAR, KINDS, ThrowawayServer, start_throwaway_server
from tests.support.db import (
    REPO_ROOT,
    TERP_SCHEMA,
    TERP_TABLE_COUNT,
    base_tables,
    connect,
    load_sql,
    row_counts,
    split_sql,
    table_checksums,
)


def _database_exists(server: ThrowawayServer, name: str) -> bool:
    with connect(server.base_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = %s", (name,))
        return cur.fetchone()[0] == 1


@pytest.mark.mysql
def test_server_answers(server: ThrowawayServer) -> None:
    assert server.kind in KINDS
    url = make_url(server.base_url)
    assert url.drivername == "mysql+pymysql" and url.database is None and url.host and url.port
    with connect(server.base_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT VERSION()")
        version = cur.fetchone()[0]
    assert any(word in version for word in ("MariaDB", "8.", "9.")), version


_SEEN: list[str] = []


@pytest.mark.mysql
@pytest.mark.parametrize("run", [1, 2])
def test_fresh_db_is_empty_and_distinct_per_test(server: ThrowawayServer, fresh_db: str, run: int) -> None:
    name = make_url(fresh_db).database
    assert name and name.startswith("seeder_test_")
    assert base_tables(fresh_db) == []
    with connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT @@character_set_database, @@collation_database")
        assert cur.fetchone() == ("utf8mb4", "utf8mb4_unicode_ci")
        cur.execute("CREATE TABLE leftover (id INT PRIMARY KEY)")  # must not leak into the next test
    assert name not in _SEEN
    for earlier in _SEEN:
        assert not _database_exists(server, earlier), f"{earlier} was not dropped after its test"
    _SEEN.append(name)


@pytest.mark.mysql
def test_db_factory_makes_several_distinct_databases(server: ThrowawayServer, db_factory) -> None:
    urls = [db_factory("a"), db_factory("a"), db_factory("Weird Hint!")]
    names = [make_url(u).database for u in urls]
    assert len(set(names)) == 3
    assert all(_database_exists(server, n) for n in names)
    assert all(len(n) <= 64 for n in names)


@pytest.mark.mysql
def test_terp_schema_loads_117_empty_tables(terp_db: str) -> None:
    tables = base_tables(terp_db)
    assert len(tables) == TERP_TABLE_COUNT == 117
    assert {"accounts", "clients", "vip_portal_auth"} <= set(tables)
    counts = row_counts(terp_db)
    assert set(counts) == set(tables) and not any(counts.values())
    with connect(terp_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM information_schema.referential_constraints "
                    "WHERE constraint_schema = DATABASE()")
        assert cur.fetchone()[0] > 0  # the ALTER TABLE ... FOREIGN KEY statements ran too


@pytest.mark.mysql
def test_checksums_stable_until_a_row_changes(terp_db: str) -> None:
    before = table_checksums(terp_db)
    assert len(before) == 117
    assert table_checksums(terp_db) == before
    with connect(terp_db) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO accounts (accountNumber, accountName, accountType, normalBalance) "
                    "VALUES ('1000', 'Cash', 'ASSET', 'DEBIT')")
    after = table_checksums(terp_db)
    assert after["accounts"] != before["accounts"]
    assert {t: c for t, c in after.items() if t != "accounts"} == {
        t: c for t, c in before.items() if t != "accounts"}
    assert row_counts(terp_db)["accounts"] == 1


def test_split_sql_respects_quotes_and_comments() -> None:
    script = textwrap.dedent("""\
        -- a comment; with a semicolon
        CREATE TABLE t (a varchar(10) DEFAULT 'x;y', b text COMMENT "it's; fine", `c;d` int); # tail; comment
        /* block; comment */
        INSERT INTO t (a) VALUES ('it''s;'), ('back\\\\slash;'), ('esc\\';');
        /*!40101 SET NAMES utf8mb4 */;
        ;
        -- only a comment at the end
        SELECT 1""")
    statements = list(split_sql(script))
    assert len(statements) == 4, statements
    assert statements[0].startswith("CREATE TABLE t") and statements[0].endswith("`c;d` int)")
    assert statements[1].startswith("INSERT INTO t") and statements[1].endswith("('esc\\';')")
    assert statements[2] == "/*!40101 SET NAMES utf8mb4 */"
    assert statements[3] == "SELECT 1"


@pytest.mark.mysql
def test_load_sql_runs_statements_with_semicolons_in_strings(fresh_db: str) -> None:
    ran = load_sql(fresh_db, "CREATE TABLE t (id int PRIMARY KEY, s varchar(20) DEFAULT 'a;b');\n"
                             "INSERT INTO t (id, s) VALUES (1, 'x;y'), (2, 'it''s;'), (3, DEFAULT);\n")
    assert ran == 2
    with connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT s FROM t ORDER BY id")
        assert [r[0] for r in cur.fetchall()] == ["x;y", "it's;", "a;b"]
    with pytest.raises(SchemaError, match="statement 1 of the script failed"):
        load_sql(fresh_db, "CREATE TABLE t (id int);")


def test_terp_schema_path_is_the_shared_one() -> None:
    assert TERP_SCHEMA == REPO_ROOT.parent / "shared" / "terp" / "schema.sql"
    assert TERP_SCHEMA.is_file()


def test_bogus_env_url_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "mysql+pymysql://root:s3cr3t-pw@127.0.0.1:1/somedb")
    with pytest.raises(ConnectionFailed) as info:
        start_throwaway_server()
    message = str(info.value)
    assert isinstance(info.value, SeederError)
    assert ENV_VAR in message and "127.0.0.1:1" in message and "***" in message
    assert "s3cr3t-pw" not in message


def test_nothing_available_lists_every_attempt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/no-docker.sock")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("seeder.sandbox._SBIN", (str(tmp_path),))
    with pytest.raises(SeederError) as info:
        start_throwaway_server()
    message = str(info.value)
    assert f"no {ENV_VAR}" in message and "no Docker engine" in message and "no mariadbd or mysqld" in message


def test_unknown_prefer_is_rejected() -> None:
    with pytest.raises(SeederError, match="unknown server kind"):
        start_throwaway_server(prefer="sqlite")


@pytest.mark.mysql
def test_private_server_cleans_up_after_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    with start_throwaway_server(prefer="private-mariadbd") as srv:
        assert srv.kind == "private-mariadbd"
        private = srv._stop.__self__  # the _PrivateServer behind it
        assert srv.pid == private.proc.pid   # the bench reads the server's CPU time through it
        url = make_url(srv.create_database())
        assert url.password  # root has a password over TCP
        with pytest.raises(pymysql.err.OperationalError):  # ... and it is required
            pymysql.connect(host=url.host, port=url.port, user="root", password="", connect_timeout=5)
        assert private.proc.poll() is None and private.tmp.is_dir()
    assert private.proc.poll() is not None, "server still running after close()"
    assert not private.tmp.exists(), "temporary directory left behind"
    with pytest.raises(pymysql.err.OperationalError):
        pymysql.connect(host=url.host, port=url.port, user="root", password=url.password, connect_timeout=3)


def test_server_fixture_fails_rather_than_skips(tmp_path: Path) -> None:
    (tmp_path / "test_needs_server.py").write_text("def test_it(server):\n    pass\n")
    env = {**os.environ, ENV_VAR: "mysql+pymysql://root@127.0.0.1:1", "CI": "true"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-c", os.devnull,
         "--rootdir", str(tmp_path), str(tmp_path / "test_needs_server.py")],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 error" in done.stdout and "skipped" not in done.stdout, done.stdout
    assert "could not start a throwaway MySQL/MariaDB server" in done.stdout
