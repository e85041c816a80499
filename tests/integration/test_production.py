"""Seeding production safely, proven with table checksums before and after."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.helpers import SCHEMAS
from tests.support.db import REPO_ROOT, connect, load_sql, row_counts, table_checksums

pytestmark = pytest.mark.mysql


def run(cwd: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "seeder", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, check=False, env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})})


def sql(url: str, statement: str) -> list[tuple]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(statement)
        return list(cur.fetchall())


@pytest.fixture
def prod(fresh_db: str, tmp_path: Path) -> tuple[str, Path]:
    """A database with the hard-case schema and some rows of the user's own, and a seeder.toml
    naming it as the production target `prod` (URL read from PROD_DATABASE_URL)."""
    load_sql(fresh_db, (SCHEMAS / "hard_cases.sql").read_text())
    load_sql(fresh_db, "INSERT INTO projects (id, title) VALUES (1, 'Their project'), (2, 'Another');"
                       "INSERT INTO employees (id, manager_id, full_name, email) VALUES (1, 1, 'Boss', 'b@x.io');")
    (tmp_path / "seeder.toml").write_text(
        '[targets.prod]\nurl_env = "PROD_DATABASE_URL"\nproduction = true\nkeep_existing = true\n\n'
        '[targets.local]\nurl_env = "PROD_DATABASE_URL"\n')
    return fresh_db, tmp_path


def env_for(url: str) -> dict[str, str]:
    return {"PROD_DATABASE_URL": url}


def apply_prod(url: str, cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    return run(cwd, "apply", "--target", "prod", "--confirm-production-seed", "--countdown", "0", *extra,
               env=env_for(url))


def test_production_without_the_flag_writes_nothing(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    before = table_checksums(url)
    out = run(cwd, "apply", "--target", "prod", env=env_for(url))
    assert out.returncode == 1 and "--confirm-production-seed" in out.stderr
    assert table_checksums(url) == before
    assert "_seeder_runs" not in {r[0] for r in sql(url, "SHOW TABLES")}


def test_apply_keeps_user_rows_and_rollback_restores_the_exact_state(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    before = table_checksums(url)
    out = apply_prod(url, cwd)
    assert out.returncode == 0, out.stderr
    assert "target prod: PRODUCTION" in out.stderr and "run id" in out.stderr
    after = table_checksums(url)
    assert after["projects"] == before["projects"] and after["employees"] == before["employees"]
    assert sql(url, "SELECT title FROM projects WHERE id <= 2 ORDER BY id") == [("Their project",), ("Another",)]
    # new rows point at the user's rows too
    assert sql(url, "SELECT COUNT(*) FROM memberships WHERE project_id IN (1, 2)")[0][0] > 0
    runs = json.loads(run(cwd, "runs", "--target", "prod", "--json", env=env_for(url)).stdout)
    assert [r["status"] for r in runs] == ["completed"] and runs[0]["rows"] > 0
    assert Path(runs[0]["backup"]).is_file()
    out = run(cwd, "rollback", runs[0]["run_id"], "--target", "prod", "--confirm-production-seed",
              "--countdown", "0", env=env_for(url))
    assert out.returncode == 0, out.stderr
    assert table_checksums(url) == before
    runs = json.loads(run(cwd, "runs", "--target", "prod", "--json", env=env_for(url)).stdout)
    assert runs[0]["status"] == "rolled_back"


def test_second_identical_apply_adds_nothing(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    assert apply_prod(url, cwd).returncode == 0
    counts = row_counts(url)
    out = apply_prod(url, cwd)
    assert out.returncode == 0, out.stderr
    assert row_counts(url) == counts
    assert "nothing_to_add" in out.stderr or "0 rows" in out.stdout


def test_incremental_more_rows_and_a_new_table(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    assert apply_prod(url, cwd, "--rows", "projects=10").returncode == 0
    first = row_counts(url)
    load_sql(url, "CREATE TABLE tags (id INT AUTO_INCREMENT PRIMARY KEY, project_id INT NOT NULL, "
                  "label VARCHAR(30) NOT NULL, FOREIGN KEY (project_id) REFERENCES projects(id));")
    out = apply_prod(url, cwd, "--rows", "projects=10", "--rows", "categories=60")
    assert out.returncode == 0, out.stderr
    second = row_counts(url)
    assert second["categories"] == 60 and first["categories"] == 40
    assert second["tags"] > 0
    unchanged = {t for t in first if t not in ("categories",)}
    assert {t: second[t] for t in unchanged} == {t: first[t] for t in unchanged}
    out = run(cwd, "verify", "--target", "prod", env=env_for(url))
    assert out.returncode == 0, out.stdout + out.stderr


def test_rollback_is_refused_when_other_rows_depend_on_the_run(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    assert apply_prod(url, cwd).returncode == 0
    run_id = json.loads(run(cwd, "runs", "--target", "prod", "--json", env=env_for(url)).stdout)[0]["run_id"]
    seeded = sql(url, "SELECT MAX(id) FROM categories")[0][0]
    load_sql(url, f"INSERT INTO categories (id, parent_id, name) VALUES (1000, {seeded}, 'Theirs');")
    before = table_checksums(url)
    out = run(cwd, "rollback", run_id, "--target", "prod", "--confirm-production-seed", "--countdown", "0",
              env=env_for(url))
    assert out.returncode == 1 and "categories.parent_id -> categories" in out.stderr
    assert table_checksums(url) == before


def test_restore_brings_back_the_backup(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    before = table_checksums(url)
    assert apply_prod(url, cwd).returncode == 0
    backup = json.loads(run(cwd, "runs", "--target", "prod", "--json", env=env_for(url)).stdout)[0]["backup"]
    out = run(cwd, "restore", backup, "--target", "prod", env=env_for(url))
    assert out.returncode == 1 and "--confirm-production-seed" in out.stderr
    out = run(cwd, "restore", backup, "--target", "prod", "--confirm-production-seed", "--countdown", "0",
              env=env_for(url))
    assert out.returncode == 0, out.stderr
    after = table_checksums(url)
    assert {t: after[t] for t in before} == before


def test_dry_run_writes_nothing(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    before = table_checksums(url)
    out = run(cwd, "apply", "--target", "prod", "--dry-run", env=env_for(url))
    assert out.returncode == 0, out.stderr
    assert "rows" in out.stdout
    assert table_checksums(url) == before
    assert "_seeder_runs" not in {r[0] for r in sql(url, "SHOW TABLES")}


def test_ctrl_c_during_the_countdown_writes_nothing(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    before = table_checksums(url)
    proc = subprocess.Popen([sys.executable, "-m", "seeder", "apply", "--target", "prod",
                             "--confirm-production-seed", "--countdown", "30"], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **env_for(url)})
    deadline = time.time() + 60
    seen = ""
    while time.time() < deadline and "Ctrl-C aborts" not in seen:
        seen += proc.stderr.read1(4096).decode() if hasattr(proc.stderr, "read1") else proc.stderr.read(1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1 and "aborted" in (seen + err)
    assert table_checksums(url) == before


def test_a_killed_process_leaves_the_pre_run_state(terp_db: str, tmp_path: Path) -> None:
    before = table_checksums(terp_db)
    proc = subprocess.Popen([sys.executable, "-m", "seeder", "apply", "--url", terp_db, "--profile", "large",
                             "--no-backup"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    deadline = time.time() + 120
    line = ""
    while time.time() < deadline and "table_written" not in line:
        line = proc.stderr.readline()
    proc.kill()
    proc.wait(timeout=30)
    time.sleep(0.5)   # the server rolls back the open transaction of the dead connection
    after = table_checksums(terp_db)
    assert after == before
    out = run(tmp_path, "apply", "--url", terp_db, "--profile", "light", "--no-backup")
    assert out.returncode == 0, out.stderr
    runs = json.loads(run(tmp_path, "runs", "--url", terp_db, "--json").stdout)
    assert [r["status"] for r in runs] == ["aborted", "completed"]


def test_a_cut_connection_without_retries_left_keeps_nothing(prod: tuple[str, Path]) -> None:
    from sqlalchemy.engine import make_url

    from seeder.options import RunOptions
    from seeder.pipeline import load_target, make_plan
    from seeder.runner import ApplySettings, apply_plan
    from seeder.writer import Writer

    url, cwd = prod
    before = table_checksums(url)
    loaded = load_target(url, RunOptions())
    plan = make_plan(loaded, RunOptions())
    original = Writer._execute
    calls = {"n": 0}

    def cut_after_some_inserts(self, ops, fk_checks):
        calls["n"] += 1
        if calls["n"] == 5:
            with connect(url) as killer, killer.cursor() as cur:
                cur.execute(f"KILL CONNECTION {self._conn.thread_id()}")
        return original(self, ops, fk_checks)

    Writer._execute = cut_after_some_inserts
    try:
        with pytest.raises(Exception, match="Lost connection|gone away|refused|interrupted"):
            apply_plan(plan, make_url(url), ApplySettings(attempts=1, keep_existing=True, audit_dir=cwd))
    finally:
        Writer._execute = original
    after = table_checksums(url)
    assert {t: after[t] for t in before} == before
    assert sql(url, "SELECT status FROM _seeder_runs")[0][0] == "failed"


def test_fingerprint_mismatch_is_refused(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    out = run(cwd, "apply", "--target", "local", "--keep-existing", "--fingerprint", "0" * 64, env=env_for(url))
    assert out.returncode == 1 and "changed since the plan" in out.stderr


def test_a_user_without_insert_rights_is_told(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    from sqlalchemy.engine import make_url

    u = make_url(url)
    name = f"ro_{os.getpid()}"
    load_sql(url, f"CREATE USER IF NOT EXISTS '{name}'@'%' IDENTIFIED BY 'pw';"
                  f"GRANT SELECT ON `{u.database}`.* TO '{name}'@'%';")
    try:
        ro = u.set(username=name, password="pw").render_as_string(hide_password=False)
        out = run(cwd, "apply", "--url", ro, "--keep-existing", "--no-backup")
        assert out.returncode == 1
        assert "lacks" in out.stderr and "GRANT" in out.stderr and name in out.stderr
        assert "pw@" not in out.stderr
    finally:
        load_sql(url, f"DROP USER '{name}'@'%';")


def test_the_audit_trail_is_json_lines(prod: tuple[str, Path]) -> None:
    url, cwd = prod
    assert apply_prod(url, cwd).returncode == 0
    files = list((cwd / ".seeder" / "runs").glob("*.jsonl"))
    assert len(files) == 1
    events = [json.loads(line)["event"] for line in files[0].read_text().splitlines()]
    assert events[0] == "run_planned" and "table_written" in events and "run_validated" in events
    assert events[-1] == "run_finished"


@pytest.mark.parametrize("dumper", ["external", "builtin"])
def test_backup_is_checked_and_restores_the_pre_run_state(prod: tuple[str, Path], dumper: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.engine import make_url

    from seeder import backup

    url, cwd = prod
    if dumper == "builtin":   # as on a machine without mariadb-dump/mysqldump
        monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    else:
        assert backup.shutil.which("mariadb-dump") or backup.shutil.which("mysqldump")
    load_sql(url, "INSERT INTO all_types (t_tiny, t_tiny_u, t_small, t_small_u, t_medium, t_medium_u, t_int, "
                  "t_int_u, t_big, t_big_u, t_bool, t_dec, t_dec_frac, t_dec_wide, t_float, t_double, t_bit1, "
                  "t_bit64, t_date, t_datetime, t_time, t_year, t_char, t_varchar, t_binary, t_varbinary, "
                  "t_tinyblob, t_blob, t_tinytext, t_text, t_enum, t_set, t_json) VALUES (-1, 1, -2, 2, -3, 3, "
                  "-4, 4, -5, 5, 1, 1.5, 0.5, 1.25, 1.5, 2.5, b'1', b'101', '2024-01-02', "
                  "'2024-01-02 03:04:05.678901', '12:34:56', 2024, 'a''b', 'x\\\\y', X'00FF', X'0A0B', "
                  "X'00', X'01', 'it''s', 'line\\nbreak', 'b''c', 'x,z', '{\"k\": [1, null]}');")
    before = table_checksums(url)
    tables = ["all_types", "projects", "employees", "categories"]
    path = backup.backup_tables(make_url(url), tables, cwd / "b", "run1")
    text = path.read_text()
    assert text.rstrip().endswith(backup.FOOTER) and all(f"CREATE TABLE `{t}`" in text for t in tables)
    load_sql(url, "DELETE FROM all_types; INSERT INTO categories (name) VALUES ('new');"
                  "UPDATE projects SET title = 'changed' WHERE id = 1;")
    assert table_checksums(url) != before
    backup.restore_backup(make_url(url), path)
    assert table_checksums(url) == before


def test_an_incomplete_backup_is_refused(prod: tuple[str, Path]) -> None:
    from sqlalchemy.engine import make_url

    from seeder import backup
    from seeder.errors import SeederError

    url, cwd = prod
    path = backup.backup_tables(make_url(url), ["projects"], cwd / "b", "run2")
    path.write_text(path.read_text().replace(backup.FOOTER, ""))
    with pytest.raises(SeederError, match="not a complete seeder backup"):
        backup.restore_backup(make_url(url), path)
    with pytest.raises(SeederError, match="incomplete"):
        backup.check_backup(path, ["projects"])
