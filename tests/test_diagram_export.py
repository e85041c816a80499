"""`seeder graph` (Mermaid and dot) and `seeder export` (SQL and CSV files that reload to apply's rows)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from introspect.codegen import write_snapshot
from seeder.csvload import csv_field, sql_literal
from seeder.diagram import mermaid_ids
from seeder.options import RunOptions
from seeder.pipeline import load_target
from tests.integration.helpers import is_mariadb
from tests.support.db import TERP_SCHEMA, connect, load_sql, row_counts, split_sql, table_checksums

SCHEMAS = Path(__file__).resolve().parent / "schemas"
WINDOW = ("--seed", "11", "--start", "2024-01-01", "--end", "2026-01-01")

GRAPH_SQL = """
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL,
                     CONSTRAINT fk_o_c FOREIGN KEY (customer_id) REFERENCES customers(id));
CREATE TABLE shipments (id INT PRIMARY KEY, order_id INT NOT NULL, handler INT NULL);
CREATE TABLE categories (id INT PRIMARY KEY, parent_id INT NULL,
                         CONSTRAINT fk_cat FOREIGN KEY (parent_id) REFERENCES categories(id));
CREATE TABLE a (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL);
CREATE TABLE b (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL);
CREATE TABLE notes (id INT PRIMARY KEY, x_type ENUM('a','b') NOT NULL, x_id INT NOT NULL, body TEXT NOT NULL);
CREATE TABLE `end` (id INT PRIMARY KEY, `order-no` INT NULL);
"""

RULE = """from seeder.ruleset import Ref, TableRule


class Shipments(TableRule):
    table = "shipments"
    references = [Ref("handler", "customers")]
"""

# (source, target, style, label) of every edge GRAPH_SQL + RULE must give
EXPECTED = {
    ("orders", "customers", "solid", "customer_id"),
    ("categories", "categories", "solid", "parent_id"),
    ("shipments", "orders", "dashed", "order_id ~0.95"),
    ("shipments", "customers", "rule", "rule: handler"),
    ("notes", "a", "dotted", "x_id (x_type: a)"),
    ("notes", "b", "dotted", "x_id (x_type: b)"),
}


def seeder(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seeder", *args], capture_output=True, text=True,
                          timeout=600, check=False, cwd=cwd)


# --- values (no server) ---------------------------------------------------------------------------
def test_sql_literals_are_escaped_as_mysql_reads_them() -> None:
    assert sql_literal("a\\b'c\"d\ne\0f\rg\x1ah") == "'a\\\\b\\'c\\\"d\\ne\\0f\\rg\\Zh'"
    assert sql_literal(b"\x00'\xff") == "X'0027ff'"
    assert sql_literal(None) == "NULL" and sql_literal(True) == "1" and sql_literal(7) == "7"
    assert sql_literal(Decimal("1.50")) == "1.50" and sql_literal(Decimal("1E+2")) == "100"
    assert sql_literal(1.5) == "1.5e0"
    assert sql_literal(datetime(2025, 1, 2, 3, 4, 5, 60)) == "'2025-01-02 03:04:05.000060'"
    assert sql_literal(datetime(2025, 1, 2, 3, 4, 5)) == "'2025-01-02 03:04:05'"
    assert sql_literal(date(2025, 1, 2)) == "'2025-01-02'"
    assert sql_literal(time(1, 2, 3, 500000)) == "'01:02:03.500000'"
    assert sql_literal(timedelta(hours=-30, seconds=1)) == "'-29:59:59'"


def test_csv_fields_follow_the_documented_dialect() -> None:
    assert csv_field(None) == "\\N"
    assert csv_field("\\N") == '"\\\\N"' and csv_field("NULL") == '"NULL"' and csv_field("") == '""'
    assert csv_field('a,"b"\n\r\0\\') == '"a,\\"b\\"\\n\\r\\0\\\\"'
    assert csv_field(b"\x00\xff", "hex") == '"00ff"' and csv_field(None, "hex") == "\\N"
    assert csv_field(5, "bit") == "5" and csv_field(Decimal("0.10")) == "0.10" and csv_field(1.5) == "1.5"
    assert csv_field(datetime(2025, 1, 2, 3, 4, 5, 6)) == "2025-01-02 03:04:05.000006"
    assert csv_field(date(2025, 1, 2)) == "2025-01-02" and csv_field(timedelta(hours=-30)) == "-30:00:00"


def test_mermaid_ids_are_safe_and_unique() -> None:
    ids = mermaid_ids(["end", "order-items", "order items", "Order_Items", "x"])
    assert all(re.fullmatch(r"t_\w+", v) for v in ids.values())
    assert len({v.lower() for v in ids.values()}) == 5 and ids["end"] == "t_end"


# --- graph ----------------------------------------------------------------------------------------
def _graph_db(fresh_db: str, tmp_path: Path) -> Path:
    load_sql(fresh_db, GRAPH_SQL)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "shipments.py").write_text(RULE)
    return rules


def parse_mermaid(text: str) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """Check the Mermaid syntax line by line; return node labels by id and (src, dst, style, label) edges."""
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "flowchart LR"
    nodes: dict[str, str] = {}
    raw: list[tuple[str, str, str, str]] = []
    styles: dict[int, str] = {}
    for line in lines[1:]:
        if m := re.fullmatch(r' {4}(t_\w+)\["([^"]*)"\]', line):
            nodes[m[1]] = m[2]
        elif m := re.fullmatch(r' {4}(t_\w+) (-->|-\.->)\|"([^"]*)"\| (t_\w+)', line):
            raw.append((m[1], m[4], m[2], m[3]))
        elif m := re.fullmatch(r" {4}linkStyle ([\d,]+) (stroke-dasharray: \d \d|stroke-width: \dpx)", line):
            for i in m[1].split(","):
                assert int(i) < len(raw) and int(i) not in styles
                styles[int(i)] = m[2]
        else:
            raise AssertionError(f"not Mermaid flowchart syntax: {line!r}")
    kinds = {"stroke-dasharray: 6 4": "dashed", "stroke-dasharray: 1 4": "dotted",
             "stroke-width: 3px": "rule"}
    edges = []
    for i, (src, dst, arrow, label) in enumerate(raw):
        assert src in nodes and dst in nodes
        style = kinds[styles[i]] if i in styles else "solid"
        assert (arrow == "-.->") == (style in ("dashed", "dotted"))
        edges.append((nodes[src], nodes[dst], style, label))
    return nodes, edges


EDGE_DOT = r" {{4}}{q} -> {q} \[label={q}, style=(solid|dashed|dotted)(, penwidth=2)?\];"


def parse_dot(text: str) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """Check the dot structure line by line; return the nodes and (src, dst, style, label) edges."""
    q = r'"((?:[^"\\]|\\.)*)"'
    lines = text.rstrip("\n").split("\n")
    assert re.fullmatch(rf"digraph {q} {{", lines[0]) and lines[-1] == "}"
    nodes, edges = [], []
    for line in lines[1:-1]:
        if m := re.fullmatch(rf" {{4}}{q};", line):
            nodes.append(m[1])
        elif m := re.fullmatch(EDGE_DOT.format(q=q), line):
            edges.append((m[1], m[2], "rule" if m[5] else m[4], m[3]))
        else:
            assert re.fullmatch(r" {4}(rankdir=LR|node \[.*\]|edge \[.*\]);", line), line
    assert all(s in nodes and d in nodes for s, d, _, _ in edges)
    return nodes, edges


@pytest.mark.mysql
def test_graph_mermaid_shows_every_kind_of_reference(fresh_db: str, tmp_path: Path) -> None:
    rules = _graph_db(fresh_db, tmp_path)
    out = seeder("graph", "--url", fresh_db, "--rules", str(rules))
    assert out.returncode == 0, out.stderr
    nodes, edges = parse_mermaid(out.stdout)
    assert sorted(nodes.values()) == ["a", "b", "categories", "customers", "end", "notes", "orders",
                                      "shipments"]
    assert set(edges) == EXPECTED and len(edges) == len(EXPECTED)


@pytest.mark.mysql
def test_graph_dot_from_url_and_from_snapshot(fresh_db: str, tmp_path: Path) -> None:
    rules = _graph_db(fresh_db, tmp_path)
    out = seeder("graph", "--url", fresh_db, "--rules", str(rules), "--format", "dot")
    assert out.returncode == 0, out.stderr
    nodes, edges = parse_dot(out.stdout)
    assert len(nodes) == 8 and set(edges) == EXPECTED and len(edges) == len(EXPECTED)
    if shutil.which("dot"):  # Graphviz itself accepts it (structure is asserted either way)
        rendered = subprocess.run(["dot", "-Tsvg"], input=out.stdout, capture_output=True, text=True,
                                  check=False)
        assert rendered.returncode == 0 and "<svg" in rendered.stdout, rendered.stderr

    loaded = load_target(fresh_db, RunOptions())
    snapshot = tmp_path / "schema.json"
    write_snapshot(loaded.graph, snapshot)
    loaded.engine.dispose()
    from_snapshot = seeder("graph", "--snapshot", str(snapshot), "--rules", str(rules), "--format", "dot")
    assert from_snapshot.returncode == 0, from_snapshot.stderr
    assert from_snapshot.stdout == out.stdout


def test_graph_needs_exactly_one_source(tmp_path: Path) -> None:
    both = seeder("graph", "--url", "mysql+pymysql://u@127.0.0.1:1/x", "--snapshot", "schema.json")
    neither = seeder("graph")
    bad_format = seeder("graph", "--snapshot", str(Path(__file__).parents[1] / "generated/terp/schema.json"),
                        "--format", "png")
    missing = seeder("graph", "--snapshot", str(tmp_path / "nope.json"))
    for out in (both, neither, bad_format, missing):
        assert out.returncode == 2 and out.stderr.startswith("Error:"), out.stderr


def test_graph_of_the_terp_snapshot_names_every_table() -> None:
    snapshot = Path(__file__).parents[1] / "generated/terp/schema.json"
    out = seeder("graph", "--snapshot", str(snapshot))
    assert out.returncode == 0, out.stderr
    nodes, edges = parse_mermaid(out.stdout)
    assert len(nodes) == len(json.loads(snapshot.read_text())["tables"])
    assert {s for _, _, s, _ in edges} >= {"solid", "dashed"}


# --- export ---------------------------------------------------------------------------------------
def load_csv_dir(url: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run out/load.sql as a user would (from out, LOCAL INFILE on); no LOAD may warn."""
    monkeypatch.chdir(out)
    with connect(url) as conn, conn.cursor() as cur:
        for statement in split_sql((out / "load.sql").read_text(encoding="utf-8")):
            cur.execute(statement)
            if statement.startswith("LOAD DATA"):
                cur.execute("SHOW WARNINGS")
                assert cur.fetchall() == (), statement[:120]


def _apply_export_and_compare(make: Callable[[str], str], schema: str, source: list[str], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, extra: tuple[str, ...] = ()) -> list[str]:
    """apply into one fresh database, export sql and csv and load them into two more: same checksums."""
    urls = applied, from_sql, from_csv = [make("apply"), make("sql"), make("csv")]
    for url in urls:
        load_sql(url, schema)
    out = seeder("apply", "--url", applied, *WINDOW, *extra, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    for fmt in ("sql", "csv"):
        out = seeder("export", "--format", fmt, "--out", str(tmp_path / fmt), *source, *WINDOW, *extra)
        assert out.returncode == 0, out.stderr
    data = (tmp_path / "sql" / "data.sql").read_text(encoding="utf-8")
    assert data.startswith("--") and "SET FOREIGN_KEY_CHECKS=0;\nINSERT INTO" in data
    assert data.endswith("SET FOREIGN_KEY_CHECKS=1;\n")
    load_sql(from_sql, data)
    load_csv_dir(from_csv, tmp_path / "csv", monkeypatch)
    expected = table_checksums(applied)
    assert sum(row_counts(applied).values()) > 0 and row_counts(from_csv) == row_counts(applied)
    assert table_checksums(from_sql) == expected
    assert table_checksums(from_csv) == expected
    return urls


@pytest.mark.mysql
def test_export_of_the_terp_snapshot_reloads_to_applys_exact_rows(
        db_factory: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = Path(__file__).parents[1] / "generated/terp/schema.json"
    applied, _, _ = _apply_export_and_compare(db_factory, TERP_SCHEMA.read_text(encoding="utf-8"),
                                              ["--snapshot", str(snapshot)], tmp_path, monkeypatch)
    assert len(table_checksums(applied)) == 117
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 117


@pytest.mark.mysql
def test_export_with_the_terp_rules_reloads_to_applys_exact_rows(
        db_factory: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules with expand, rollups and derived columns: export keeps the rows they read, as apply does."""
    snapshot = Path(__file__).parents[1] / "generated/terp/schema.json"
    rules = str(Path(__file__).parents[1] / "rules/terp")
    _apply_export_and_compare(db_factory, TERP_SCHEMA.read_text(encoding="utf-8"), ["--snapshot", str(snapshot)],
                              tmp_path, monkeypatch, extra=("--rules", rules, "--profile", "light"))


@pytest.mark.mysql
def test_export_of_every_type_cycle_and_group_from_a_live_database(
        db_factory: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = (SCHEMAS / "hard_cases.sql").read_text()
    source = db_factory("source")
    if is_mariadb(source):  # its own types too: uuid, inet4, inet6
        schema += "\n" + (SCHEMAS / "mariadb_types.sql").read_text()
    load_sql(source, schema)
    _apply_export_and_compare(db_factory, schema, ["--url", source], tmp_path, monkeypatch)
    updates = [s for s in (tmp_path / "csv" / "load.sql").read_text().split("\n") if s.startswith("UPDATE")]
    assert {u.split(" AS t JOIN (SELECT ")[0] for u in updates} == {"UPDATE `departments`", "UPDATE `ring_a`"}
    assert all(u.endswith((" SET t.`head_person_id` = v.v0;", " SET t.`ring_c_id` = v.v0;"))
               for u in updates)   # by key, in batches


TRICKY = ["back\\slash", "it's", 'say "hi"', "line\nbreak", "nul\0byte", "cr\rreturn", "tab\tand,comma",
          "NULL", "\\N", "emoji \U0001f600", "", "ends with \\", "\x1a ctrl-z"]
TRICKY_BYTES = [b"\x00\x01'\"\\\n,", b"", b"\xff\xfe plain"]


@pytest.mark.mysql
def test_export_escapes_awkward_strings_and_bytes(db_factory: Callable[..., str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    schema = ("CREATE TABLE tricky (id INT PRIMARY KEY, s VARCHAR(40) NOT NULL, t TEXT NULL,"
              " b VARBINARY(16) NULL, bits BIT(10) NOT NULL, at DATETIME(6) NOT NULL,"
              " amount DECIMAL(12,4) NOT NULL, ratio DOUBLE NOT NULL)")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "tricky.py").write_text(
        "from seeder.ruleset import TableRule, Use\n\n\nclass Tricky(TableRule):\n    table = 'tricky'\n"
        f"    rows = 60\n    s = Use.choice({TRICKY!r})\n    t = Use.choice({TRICKY!r})\n"
        f"    b = Use.choice({TRICKY_BYTES!r})\n")
    source = db_factory("source")
    load_sql(source, schema)
    urls = _apply_export_and_compare(db_factory, schema, ["--url", source], tmp_path, monkeypatch,
                                     ("--rules", str(rules)))
    for url in urls:  # every awkward value arrived intact, whichever way it was written
        with connect(url) as conn, conn.cursor() as cur:
            cur.execute("SELECT s, t, b FROM tricky")
            rows = cur.fetchall()
        assert {r[0] for r in rows} <= set(TRICKY) and len({r[0] for r in rows}) >= 10
        assert {r[1] for r in rows} <= set(TRICKY) | {None}
        assert {r[2] for r in rows} <= set(TRICKY_BYTES) | {None} and len({r[2] for r in rows} - {None}) == 3


@pytest.mark.mysql
def test_export_follows_rule_functions_rollups_and_fixtures(db_factory: Callable[..., str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.rules.test_rule_api import SCHEMA as SHOP_SCHEMA
    from tests.rules.test_rule_api import SHOP_RULES

    source = db_factory("source")
    load_sql(source, SHOP_SCHEMA)
    _, from_sql, from_csv = _apply_export_and_compare(db_factory, SHOP_SCHEMA, ["--url", source], tmp_path,
                                                      monkeypatch, ("--rules", SHOP_RULES))
    for url in (from_sql, from_csv):  # the rolled-up totals came through the exported UPDATEs
        with connect(url) as conn, conn.cursor() as cur:
            cur.execute("SELECT COUNT(*) FROM orders o WHERE total <> (SELECT COALESCE(SUM(line_total), 0) "
                        "FROM order_lines l WHERE l.order_id = o.id)")
            assert cur.fetchone()[0] == 0
            cur.execute("SELECT COUNT(*) FROM orders WHERE total > 0")
            assert cur.fetchone()[0] > 0
