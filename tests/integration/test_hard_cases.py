"""Schemas the tests build for the hard cases: every one is filled, valid and reported."""

from __future__ import annotations

import pymysql
import pytest

from seeder.options import RunOptions
from tests.integration.helpers import SCHEMAS, is_mariadb, plan_for, seed
from tests.support.db import connect, load_sql, row_counts

pytestmark = pytest.mark.mysql


@pytest.fixture
def hard_db(fresh_db: str) -> str:
    load_sql(fresh_db, (SCHEMAS / "hard_cases.sql").read_text())
    if is_mariadb(fresh_db):
        load_sql(fresh_db, (SCHEMAS / "mariadb_types.sql").read_text())
    return fresh_db


def query(url: str, sql: str) -> list[tuple]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def test_every_table_filled_and_verify_passes(hard_db: str) -> None:
    plan, result, report = seed(hard_db)
    counts = row_counts(hard_db)
    assert report.ok, report.findings
    assert all(counts[t.table] >= t.rows > 0 for t in plan.tables), counts
    assert result.rows == sum(counts.values())


def test_self_reference_is_a_tree_and_not_null_roots_point_at_themselves(hard_db: str) -> None:
    seed(hard_db)
    roots = query(hard_db, "SELECT COUNT(*) FROM categories WHERE parent_id IS NULL")[0][0]
    assert roots >= 1
    assert query(hard_db, "SELECT COUNT(*) FROM categories c JOIN categories p ON p.id = c.parent_id "
                          "WHERE p.id >= c.id")[0][0] == 0, "a parent must be inserted before its child"
    self_roots = query(hard_db, "SELECT COUNT(*) FROM employees WHERE manager_id = id")[0][0]
    assert self_roots >= 1
    assert query(hard_db, "SELECT COUNT(*) FROM employees WHERE manager_id > id")[0][0] == 0


def test_nullable_cycle_is_broken_then_filled_by_update(hard_db: str) -> None:
    plan, result, _ = seed(hard_db)
    assert [(r.table, r.columns) for r in plan.ordering.deferred] == [("departments", ("head_person_id",)),
                                                                      ("ring_a", ("ring_c_id",))]
    # no table points back at ring_a from ring_c: every ring_a row points at some ring_c row
    assert query(hard_db, "SELECT COUNT(*) FROM ring_a WHERE ring_c_id IS NULL")[0][0] == 0
    # people point back at departments: a department's head is one of its own people, and a
    # department nobody works in has none
    staffed = query(hard_db, "SELECT COUNT(DISTINCT department_id) FROM people")[0][0]
    assert 0 < staffed < plan.table("departments").rows   # both kinds exist, so both branches are checked
    assert result.updated == staffed + plan.table("ring_a").rows
    assert query(hard_db, "SELECT COUNT(*) FROM departments d JOIN people p ON p.id = d.head_person_id "
                          "WHERE p.department_id = d.id")[0][0] == staffed
    assert query(hard_db, "SELECT COUNT(*) FROM departments d WHERE d.head_person_id IS NULL AND EXISTS "
                          "(SELECT 1 FROM people p WHERE p.department_id = d.id)")[0][0] == 0


def test_not_null_cycle_is_written_as_one_prekeyed_group(hard_db: str) -> None:
    plan, _, report = seed(hard_db)
    assert plan.ordering.groups == (("eggs", "hens"),)
    assert report.ok
    assert query(hard_db, "SELECT COUNT(*) FROM hens h JOIN eggs e ON e.id = h.egg_id")[0][0] == \
        plan.table("hens").rows


def test_composite_keys_and_composite_unique(hard_db: str) -> None:
    plan, _, report = seed(hard_db)
    assert report.ok
    assert query(hard_db, "SELECT COUNT(*) FROM order_lines l LEFT JOIN orders o "
                          "ON o.region = l.region AND o.order_no = l.order_no WHERE o.region IS NULL")[0][0] == 0
    dupes = query(hard_db, "SELECT employee_id, project_id FROM memberships "
                           "GROUP BY employee_id, project_id HAVING COUNT(*) > 1")
    assert dupes == []
    assert plan.table("memberships").rows > 0


def test_small_unique_capacity_caps_rows_in_the_plan(hard_db: str) -> None:
    _, plan = plan_for(hard_db, RunOptions(rows=(("tiers", 50), ("tiny_keys", 500))))
    tiers, tiny = plan.table("tiers"), plan.table("tiny_keys")
    assert (tiers.rows, tiers.requested_rows) == (3, 50) and "tier" in tiers.cap_reason
    assert tiny.rows == 127 and tiny.requested_rows == 500
    _, _, report = seed(hard_db, RunOptions(rows=(("tiers", 50), ("tiny_keys", 500))))
    assert report.ok
    assert query(hard_db, "SELECT COUNT(*) FROM tiers")[0][0] == 3


def test_all_types_fit_under_strict_mode_and_generated_columns_are_left_to_the_server(hard_db: str) -> None:
    plan, _, report = seed(hard_db)
    assert report.ok
    cols = {c.column: c for c in plan.table("all_types").columns}
    assert cols["t_gen_virtual"].kind == cols["t_gen_stored"].kind == "skip"
    bad = query(hard_db, "SELECT COUNT(*) FROM all_types WHERE t_gen_virtual <> t_int + 1 "
                         "OR t_gen_stored <> t_int * 2")[0][0]
    assert bad == 0
    assert cols["t_point"].generic and cols["t_point"].source.startswith("fallback:")
    assert query(hard_db, "SELECT COUNT(*) FROM all_types WHERE JSON_VALID(t_json) = 0")[0][0] == 0


def test_table_without_primary_key_and_inferred_reference(hard_db: str) -> None:
    plan, _, report = seed(hard_db)
    assert report.ok
    log = plan.table("event_log")
    assert log.rows > 0
    ref = next(r for r in log.references if r.columns == ("employee_id",))
    assert ref.kind == "inferred" and ref.ref_table == "employees"


def test_polymorphic_pair_points_at_real_rows(hard_db: str) -> None:
    _plan, _, report = seed(hard_db)
    assert report.ok
    for kind, table in (("project", "projects"), ("employee", "employees")):
        orphans = query(hard_db, f"SELECT COUNT(*) FROM notes n LEFT JOIN {table} t ON t.id = n.noteable_id "
                                 f"WHERE n.noteable_type = '{kind}' AND t.id IS NULL")[0][0]
        assert orphans == 0
    assert {r[0] for r in query(hard_db, "SELECT DISTINCT noteable_type FROM notes")} == {"project", "employee"}


def test_created_before_updated(hard_db: str) -> None:
    seed(hard_db)
    assert query(hard_db, "SELECT COUNT(*) FROM notes WHERE updated_at < created_at")[0][0] == 0


def test_mariadb_uuid_inet_types(hard_db: str) -> None:
    if not is_mariadb(hard_db):  # MySQL has none of these types: the generic all_types test covers it
        assert query(hard_db, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_NAME = 'devices' "
                              "AND TABLE_SCHEMA = DATABASE()")[0][0] == 0
        return
    plan, _, report = seed(hard_db)
    assert report.ok
    assert plan.table("devices").column("id").source.startswith("type:")
    assert query(hard_db, "SELECT COUNT(*) FROM device_pings")[0][0] > 0


def test_a_table_with_data_is_refused_and_left_unchanged(hard_db: str) -> None:
    from seeder.errors import TargetNotEmpty
    from tests.support.db import table_checksums

    with connect(hard_db) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO projects (title) VALUES ('theirs')")
    before = table_checksums(hard_db)
    with pytest.raises(TargetNotEmpty, match="projects"):
        seed(hard_db)
    assert table_checksums(hard_db) == before


def test_strict_mode_is_on_for_writes(hard_db: str) -> None:
    from sqlalchemy.engine import make_url

    from seeder.writer import connect as writer_connect

    conn = writer_connect(make_url(hard_db), "mariadb")
    with conn.cursor() as cur, pytest.raises(pymysql.err.DataError):
        cur.execute("INSERT INTO tiny_keys (id, label) VALUES (1, REPEAT('x', 50))")
    conn.close()


def test_plan_names_types_sqlalchemy_does_not_know(hard_db: str) -> None:
    from seeder.report import gaps

    _, plan = plan_for(hard_db)
    unknown = gaps(plan)["types_sqlalchemy_does_not_know"]
    assert any(item.startswith("all_types.t_point: point") for item in unknown)


def test_adding_an_independent_table_changes_no_other_table(db_factory) -> None:
    from datetime import datetime

    from tests.support.db import table_checksums

    options = RunOptions(seed=3, end=datetime(2025, 1, 1))
    urls = []
    for extra in ("", "CREATE TABLE aa_first (id INT PRIMARY KEY, label VARCHAR(30) NOT NULL);"):
        url = db_factory("det")
        load_sql(url, (SCHEMAS / "hard_cases.sql").read_text() + extra)
        seed(url, options)
        urls.append(url)
    before, after = (table_checksums(u) for u in urls)
    assert set(after) - set(before) == {"aa_first"}
    assert {t: after[t] for t in before} == before


def test_apply_leaves_orphan_checks_to_the_server_only_where_foreign_key_checks_are_on(hard_db: str) -> None:
    """A declared foreign key of a table written with checks on needs no orphan query (the server refuses
    orphans); inferred references and the NOT NULL cycle group, written with checks off, keep theirs."""
    from seeder.runner import _orphan_counts

    _, plan = plan_for(hard_db)
    asked: list[str] = []

    class Recorder:
        def query(self, sql: str) -> list[tuple[int]]:
            asked.append(sql)
            return [(0,)]

    counted = _orphan_counts(plan, Recorder())   # type: ignore[arg-type]
    refs = [plan.references[i] for i in counted]
    assert len(asked) == len(counted) and all(v == 0 for v in counted.values())
    assert {(r.table, r.ref_table) for r in refs if r.kind == "declared"} == {("eggs", "hens"), ("hens", "eggs")}
    assert any(r.kind == "inferred" for r in refs)
    assert all(r.kind != "declared" or plan.table(r.table).group for r in refs)
    skipped = [r for r in plan.references if r.kind == "declared" and not plan.table(r.table).group]
    assert skipped and not any(r in refs for r in skipped)
