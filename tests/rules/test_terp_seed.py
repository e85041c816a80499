"""The TERP schema seeded with rules/terp: verify passes, the rule references and polymorphic pairs hold."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from seeder.options import RunOptions
from seeder.plan import Plan
from seeder.verify import VerifyReport
from tests.integration.helpers import seed
from tests.rules.terp import (
    DECIMAL_STRINGS,
    INT_BOOLEANS,
    PICK_REFERENCES,
    POLY_PAIRS,
    ROWS,
    RULE_REFERENCES,
    RULES,
    UNREACHABLE_TYPES,
)
from tests.support.db import TERP_TABLE_COUNT, connect, row_counts

pytestmark = pytest.mark.mysql

OPTIONS = RunOptions(rules_dir=str(RULES), start=datetime(2024, 1, 1), end=datetime(2025, 10, 31))
DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


def scalar(url: str, sql: str) -> int:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return int(cur.fetchone()[0])


def rows(url: str, sql: str) -> list[tuple]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def test_rules_seed_terp_and_every_check_holds(terp_db: str) -> None:
    """One seeded database (a seed takes seconds), then every check of this module on it."""
    plan, _result, report = seed(terp_db, OPTIONS)
    seeded = (terp_db, plan, report)
    check_verify_is_ok_and_every_table_is_filled(seeded)
    check_the_row_counts_of_the_rules_are_reached(seeded)
    check_verify_checked_the_rule_references_and_pairs(seeded)
    check_rule_references_point_at_real_rows(seeded)
    check_invoices_point_at_clients_and_their_orders(seeded)
    check_comments_point_at_the_table_their_type_names(seeded)
    check_user_roles_hold_open_ids(seeded)
    check_every_polymorphic_pair_points_at_its_type_table(seeded)
    check_decimal_strings_and_int_booleans(seeded)
    check_weighted_statuses_follow_the_documented_shares(seeded)


Seeded = tuple[str, Plan, VerifyReport]


def check_verify_is_ok_and_every_table_is_filled(seeded: Seeded) -> None:
    url, plan, report = seeded
    assert report.ok, [f"{f.check} {f.object}: {f.count} {f.examples}" for f in report.findings]
    counts = row_counts(url)
    assert len(counts) == TERP_TABLE_COUNT
    assert sorted(t for t, n in counts.items() if n == 0) == []
    assert {t.table: (counts[t.table], t.rows) for t in plan.tables if counts[t.table] != t.rows} == {}


def check_the_row_counts_of_the_rules_are_reached(seeded: Seeded) -> None:
    counts = row_counts(seeded[0])
    assert {t: counts[t] for t in ROWS} == ROWS


def check_verify_checked_the_rule_references_and_pairs(seeded: Seeded) -> None:
    _, plan, report = seeded
    used = {(r.table, r.columns, r.ref_table, r.ref_columns) for r in plan.references if r.kind == "rule"}
    assert used == RULE_REFERENCES | PICK_REFERENCES
    assert {(t.table, p.type_column, p.id_column) for t in plan.tables for p in t.polymorphic} == POLY_PAIRS
    assert report.checks_run > 600


def check_rule_references_point_at_real_rows(seeded: Seeded) -> None:
    url = seeded[0]
    for table, (column,), target, (key,) in sorted(RULE_REFERENCES):
        filled = scalar(url, f"SELECT COUNT(*) FROM `{table}` WHERE `{column}` IS NOT NULL")
        assert filled > 0, f"{table}.{column} is never set"
        orphans = scalar(url, f"SELECT COUNT(*) FROM `{table}` c WHERE c.`{column}` IS NOT NULL AND NOT EXISTS "
                              f"(SELECT 1 FROM `{target}` p WHERE p.`{key}` = c.`{column}`)")
        assert orphans == 0, f"{table}.{column}: {orphans} rows point at no {target}.{key}"


def check_invoices_point_at_clients_and_their_orders(seeded: Seeded) -> None:
    url = seeded[0]
    assert scalar(url, "SELECT COUNT(*) FROM invoices i LEFT JOIN clients c ON c.id = i.customerId "
                       "WHERE c.id IS NULL") == 0
    assert scalar(url, "SELECT COUNT(DISTINCT customerId) FROM invoices") > 30
    assert rows(url, "SELECT DISTINCT referenceType FROM invoices") == [("ORDER",)]
    assert scalar(url, "SELECT COUNT(*) FROM invoices i LEFT JOIN orders o ON o.id = i.referenceId "
                       "WHERE o.id IS NULL") == 0


def check_comments_point_at_the_table_their_type_names(seeded: Seeded) -> None:
    url = seeded[0]
    by_type = dict(rows(url, "SELECT commentable_type, COUNT(*) FROM comments GROUP BY commentable_type"))
    assert set(by_type) == {"inventory_batch", "task", "client"}
    for kind, table in (("inventory_batch", "batches"), ("task", "todo_tasks"), ("client", "clients")):
        assert scalar(url, f"SELECT COUNT(*) FROM comments c LEFT JOIN `{table}` t ON t.id = c.commentable_id "
                           f"WHERE c.commentable_type = '{kind}' AND t.id IS NULL") == 0, kind


def check_user_roles_hold_open_ids(seeded: Seeded) -> None:
    url = seeded[0]
    assert scalar(url, "SELECT COUNT(*) FROM users WHERE id = 1") == 1  # DOMAIN 0.8
    assert scalar(url, "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.openId = r.user_id") == \
        scalar(url, "SELECT COUNT(*) FROM user_roles")


def check_every_polymorphic_pair_points_at_its_type_table(seeded: Seeded) -> None:
    url, plan, _ = seeded
    for tp in plan.tables:
        for p in tp.polymorphic:
            targets = dict(p.targets)
            seen = {t for (t,) in rows(url, f"SELECT DISTINCT `{p.type_column}` FROM `{p.table}`")}
            assert seen <= set(targets), f"{p.table}.{p.type_column}: unmapped types {seen - set(targets)}"
            reachable = {v for v in targets if (p.table, p.type_column, v) not in UNREACHABLE_TYPES}
            assert seen >= reachable, f"{p.table}.{p.type_column}: never drawn {reachable - seen}"
            for value, table in targets.items():
                orphans = scalar(url, f"SELECT COUNT(*) FROM `{p.table}` c LEFT JOIN `{table}` t "
                                      f"ON t.id = c.`{p.id_column}` WHERE c.`{p.type_column}` = '{value}' "
                                      f"AND t.id IS NULL")
                assert orphans == 0, f"{p.table}.{p.type_column}={value}"


def check_decimal_strings_and_int_booleans(seeded: Seeded) -> None:
    url = seeded[0]
    for table, columns in DECIMAL_STRINGS.items():
        for column in columns:
            values = [v for (v,) in rows(url, f"SELECT DISTINCT `{column}` FROM `{table}`") if v is not None]
            bad = [v for v in values if not DECIMAL.match(v)]
            assert values and not bad, f"{table}.{column}: {bad[:3]}"
    for table, columns in INT_BOOLEANS.items():
        for column in columns:
            assert {v for (v,) in rows(url, f"SELECT DISTINCT `{column}` FROM `{table}`")} <= {0, 1}, column
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE CAST(unitCogsMin AS DECIMAL(12,2)) >= "
                       "CAST(unitCogsMax AS DECIMAL(12,2))") == 0


def check_weighted_statuses_follow_the_documented_shares(seeded: Seeded) -> None:
    url = seeded[0]

    def share(table: str, column: str, value: str) -> float:
        return scalar(url, f"SELECT COUNT(*) FROM `{table}` WHERE `{column}` = '{value}'") / \
            scalar(url, f"SELECT COUNT(*) FROM `{table}`")

    assert 0.75 <= share("batches", "paymentTerms", "CONSIGNMENT") <= 0.95
    assert 0.45 <= share("batches", "batchStatus", "LIVE") <= 0.7
    assert 0.6 <= share("invoices", "status", "PAID") <= 0.8
    assert 0.8 <= share("orders", "orderType", "SALE") <= 0.95
    assert 0.3 <= share("payments", "paymentMethod", "CHECK") <= 0.5
    assert share("strains", "category", "hybrid") > 0.25
    assert rows(url, "SELECT DISTINCT items FROM orders") == [("[]",)]
