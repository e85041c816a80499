"""The console script as a user runs it: exit codes, stdout vs stderr, clear errors, no password shown."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest
from sqlalchemy.engine import make_url

from tests.support.db import TERP_SCHEMA, connect, load_sql

SECRET = "s3cr3t-pw"


def seeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seeder", *args], capture_output=True, text=True,
                          timeout=300, check=False)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def test_every_command_has_help() -> None:
    for cmd in ("introspect", "plan", "apply", "verify", "demo"):
        out = seeder(cmd, "--help")
        assert out.returncode == 0 and "--" in out.stdout, cmd


@pytest.mark.mysql
def test_plan_json_lists_tables_columns_references_and_gaps(terp_db: str) -> None:
    out = seeder("plan", "--url", terp_db, "--json")
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)  # stdout is pure JSON: logs went to stderr
    assert len(plan["tables"]) == 117
    orders = next(t for t in plan["tables"] if t["table"] == "order_line_items")
    ref = next(r for r in orders["references"] if r["columns"] == ["batch_id"])
    assert ref["ref_table"] == "batches" and ref["kind"] == "inferred" and ref["confidence"] >= 0.7
    assert {"columns", "ref_table", "ref_columns", "kind", "confidence"} <= set(ref)
    assert all({"column", "generator", "source"} <= set(c) for c in orders["columns"])
    assert set(plan["gaps"]) >= {"generic_columns", "unresolved_references", "capped_tables", "cycles"}
    assert "schema_reflected" in out.stderr


@pytest.mark.mysql
def test_apply_then_verify_through_the_cli(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL);"
                       "CREATE TABLE b (id INT PRIMARY KEY, a_id INT NOT NULL, FOREIGN KEY (a_id) REFERENCES a(id));")
    out = seeder("apply", "--url", fresh_db, "--rows", "a=5", "--rows", "b=700", "--write-path", "load")
    assert out.returncode == 0, out.stderr
    assert "705 rows" in out.stdout
    out = seeder("verify", "--url", fresh_db, "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["ok"] is True


@pytest.mark.mysql
def test_verify_fails_on_orphans_and_empty_tables(fresh_db: str) -> None:
    load_sql(fresh_db, "CREATE TABLE a (id INT PRIMARY KEY);"
                       "CREATE TABLE b (id INT PRIMARY KEY, a_id INT NOT NULL, FOREIGN KEY (a_id) REFERENCES a(id));"
                       "CREATE TABLE c (id INT PRIMARY KEY);"
                       "SET FOREIGN_KEY_CHECKS = 0; INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1), (2, 99);")
    out = seeder("verify", "--url", fresh_db, "--json")
    assert out.returncode == 1
    findings = {(f["check"], f["object"]) for f in json.loads(out.stdout)["findings"]}
    assert ("orphans", "b(a_id)") in findings and ("empty_table", "c") in findings


@pytest.mark.mysql
def test_wrong_password_is_named_and_never_printed(fresh_db: str) -> None:
    out = seeder("plan", "--url", with_password(fresh_db, SECRET))
    assert out.returncode == 1
    assert "access denied" in out.stderr and "check the user and password" in out.stderr
    assert SECRET not in out.stderr + out.stdout


@pytest.mark.mysql
def test_missing_database_is_named(fresh_db: str) -> None:
    url = make_url(fresh_db).set(database="no_such_db_here").render_as_string(hide_password=False)
    out = seeder("plan", "--url", url)
    assert out.returncode == 1 and "no_such_db_here" in out.stderr and "CREATE DATABASE" in out.stderr


def test_unreachable_host_is_named() -> None:
    out = seeder("plan", "--url", f"mysql+pymysql://root:{SECRET}@127.0.0.1:1/x")
    assert out.returncode == 1 and "cannot reach the server at 127.0.0.1:1" in out.stderr
    assert SECRET not in out.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["plan", "--url", "not a url"], "is not a SQLAlchemy URL"),
    (["plan", "--url", "postgresql://u@h/db"], "seeder writes MySQL or MariaDB"),
    (["plan", "--url", "mysql+pymysql://u@127.0.0.1:1"], "names no database"),
    (["apply", "--url", "mysql+pymysql://u@127.0.0.1:1/x", "--rows", "orders"], "expected TABLE=N"),
    (["plan", "--url", "mysql+pymysql://u@127.0.0.1:1/x", "--start", "yesterday"], "is not a date"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    out = seeder(*args)
    assert out.returncode == 2 and message in out.stderr


@pytest.mark.mysql
def test_unknown_table_in_rows_and_profile(terp_db: str) -> None:
    out = seeder("plan", "--url", terp_db, "--rows", "Orders=5")
    assert out.returncode == 2 and "no table 'Orders'" in out.stderr and "did you mean 'orders'" in out.stderr
    out = seeder("plan", "--url", terp_db, "--profile", "huge")
    assert out.returncode == 2 and "unknown profile 'huge'" in out.stderr


@pytest.mark.mysql
def test_apply_refuses_a_database_with_data_and_changes_nothing(terp_db: str) -> None:
    from tests.support.db import table_checksums

    with connect(terp_db) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO users (openId, name) VALUES ('theirs', 'Their User')")
    before = table_checksums(terp_db)
    out = seeder("apply", "--url", terp_db)
    assert out.returncode == 1 and "users (1 rows)" in out.stderr and "--keep-existing" in out.stderr
    assert table_checksums(terp_db) == before


@pytest.mark.mysql
def test_introspect_writes_models_snapshot_and_ddl_that_reloads(terp_db: str, tmp_path,
                                                                   db_factory: Callable[..., str]) -> None:
    out = seeder("introspect", "--url", terp_db, "--out", str(tmp_path / "terp"))
    assert out.returncode == 0, out.stderr
    models = (tmp_path / "terp" / "models.py").read_text()
    assert "class Orders(" in models or "class Order(" in models
    snapshot = json.loads((tmp_path / "terp" / "schema.json").read_text())
    assert len(snapshot["tables"]) == 117 and snapshot["inferred"]
    copy = db_factory("copy")
    load_sql(copy, (tmp_path / "terp" / "schema.sql").read_text())
    with connect(copy) as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")
        assert cur.fetchone()[0] == 117
    assert TERP_SCHEMA.is_file()


def test_an_unknown_write_path_is_a_usage_error() -> None:
    out = seeder("apply", "--url", "mysql+pymysql://u@127.0.0.1:1/x", "--write-path", "fast")
    assert out.returncode == 2 and "--write-path 'fast': choose one of insert, load, auto" in out.stderr
