"""The TERP schema seeded with rules/terp: verify passes, the rule references and polymorphic pairs hold."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from seeder.options import RunOptions
from seeder.plan import Plan
from seeder.verify import VerifyReport
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


def test_rules_seed_terp_and_every_check_holds(terp_seeded) -> None:
    """One seeded database (a seed takes seconds, shared with tests/rules/test_terp_*.py), every check on it."""
    seeded = (terp_seeded.url, terp_seeded.plan, terp_seeded.report)
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
    check_every_invariant_of_the_rules_holds(seeded)
    check_orders_are_priced_from_their_lines_and_batches(seeded)
    check_order_types_statuses_and_dates_agree(seeded)
    check_lots_batches_and_sequences_agree(seeded)
    check_bills_add_up_and_their_status_follows(seeded)
    check_calendar_events_spread_over_the_window_and_beyond(seeded)
    check_tasks_lists_and_comments_record_what_happened(seeded)


Seeded = tuple[str, Plan, VerifyReport]


def check_verify_is_ok_and_every_table_is_filled(seeded: Seeded) -> None:
    url, plan, report = seeded
    assert report.ok, [f"{f.check} {f.object}: {f.count} {f.examples}" for f in report.findings]
    counts = row_counts(url)
    assert len(counts) == TERP_TABLE_COUNT
    assert sorted(t for t, n in counts.items() if n == 0) == []
    expanded = {t.table for t in plan.tables if plan.rules.expander(t.table)}   # their count comes from expand
    assert {t.table: (counts[t.table], t.rows) for t in plan.tables
            if counts[t.table] != t.rows and t.table not in expanded} == {}


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
    sales = 400    # param("orders"): one invoice per SALE order
    assert scalar(url, "SELECT COUNT(DISTINCT referenceId) FROM invoices") == sales
    assert scalar(url, "SELECT COUNT(*) FROM invoices i JOIN orders o ON o.invoice_id = i.id "
                       "WHERE i.referenceId = o.id AND i.customerId = o.client_id") == sales


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
            # a type with no id names no row (inventoryMovements MANUAL_ADJUSTMENT, DOMAIN 2.4): only ids must point
            seen = {t for (t,) in rows(url, f"SELECT DISTINCT `{p.type_column}` FROM `{p.table}` "
                                            f"WHERE `{p.id_column}` IS NOT NULL")}
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


def check_every_invariant_of_the_rules_holds(seeded: Seeded) -> None:
    url, plan, report = seeded
    names = [inv.name for _, inv in plan.rules.invariants()]
    assert len(names) == len(set(names)) >= 30, "invariant names are unique: verify reports them by name"
    for where, inv in plan.rules.invariants():
        assert rows(url, inv.sql) == [], f"{where}: {inv.name}"
    assert not [f for f in report.findings if f.check == "invariant"]


def check_orders_are_priced_from_their_lines_and_batches(seeded: Seeded) -> None:
    url = seeded[0]
    assert scalar(url, "SELECT COUNT(DISTINCT order_id) FROM order_line_items") == scalar(url, "SELECT COUNT(*) FROM orders")
    assert scalar(url, "SELECT COUNT(*) FROM orders o WHERE o.subtotal <> (SELECT SUM(l.line_total) "
                       "FROM order_line_items l WHERE l.order_id = o.id) OR o.total <> o.subtotal") == 0
    low, high = rows(url, "SELECT MIN(margin_percent), MAX(margin_percent) FROM order_line_items")[0]
    assert 22.5 <= low < 23.5 and 26.5 < high <= 27.5
    low, high = rows(url, "SELECT MIN(avg_margin_percent), MAX(avg_margin_percent) FROM orders")[0]
    assert 22.4 <= low and high <= 27.6
    # the line's cost is its batch's: flower by the pound at grow-type prices, the rest by the unit
    assert scalar(url, "SELECT COUNT(*) FROM order_line_items l JOIN batches b ON b.id = l.batch_id "
                       "WHERE l.is_cogs_overridden = 0 AND l.cogs_per_unit <> b.unitCogs + 0") == 0
    assert scalar(url, "SELECT COUNT(*) FROM order_line_items l JOIN batches b ON b.id = l.batch_id "
                       "WHERE b.grade IS NULL AND l.quantity <> ROUND(l.quantity)") == 0
    assert scalar(url, "SELECT COUNT(*) FROM order_line_items WHERE cogs_per_unit > 1980") == 0


def check_order_types_statuses_and_dates_agree(seeded: Seeded) -> None:
    url = seeded[0]
    by_kind = dict(rows(url, "SELECT CONCAT(orderType, ':', COALESCE(quoteStatus, '-'), ':', COALESCE(saleStatus, '-')), "
                             "COUNT(*) FROM orders GROUP BY 1"))
    assert {k.split(":")[0] for k in by_kind} == {"SALE", "QUOTE"}
    assert all((k.split(":")[1] == "-") == (k.split(":")[0] == "SALE") for k in by_kind), by_kind
    assert all((k.split(":")[2] == "-") == (k.split(":")[0] == "QUOTE") for k in by_kind), by_kind
    shipped = scalar(url, "SELECT COUNT(*) FROM orders WHERE fulfillmentStatus = 'SHIPPED'")
    orders = scalar(url, "SELECT COUNT(*) FROM orders")
    assert 0.25 * orders < shipped < 0.7 * orders
    assert scalar(url, "SELECT COUNT(*) FROM orders WHERE shipped_at > COALESCE(updated_at, created_at) "
                       "OR packed_at < confirmed_at OR confirmed_at < created_at") == 0
    assert rows(url, "SELECT MAX(GREATEST(COALESCE(shipped_at, created_at), COALESCE(packed_at, created_at))) "
                     "FROM orders")[0][0] <= OPTIONS.end


def check_lots_batches_and_sequences_agree(seeded: Seeded) -> None:
    url = seeded[0]
    assert scalar(url, "SELECT COUNT(*) FROM lots WHERE code NOT REGEXP '^LOT-[0-9]{6}$'") == 0
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE code NOT REGEXP '^BATCH-[0-9]{6}$' "
                       "OR sku NOT REGEXP '^SKU-[0-9]{4}-[0-9]{4}-[0-9]{3,}$'") == 0
    sequences = dict(rows(url, "SELECT name, currentValue FROM sequences"))
    assert sequences.keys() == {"lot_code", "batch_code"}
    assert sequences["lot_code"] >= ROWS["lots"] and sequences["batch_code"] >= ROWS["batches"]
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE batchStatus IN ('SOLD_OUT', 'CLOSED')") == \
        scalar(url, "SELECT COUNT(*) FROM batches WHERE onHandQty = '0'") > 0
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE reservedQty <> '0'") > 0
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE cogsMode = 'RANGE' AND NOT "
                       "(unitCogsMin + 0 < unitCogsMax + 0)") == 0
    assert scalar(url, "SELECT COUNT(*) FROM batches WHERE paymentTerms = 'CONSIGNMENT' AND amountPaid <> '0.00'") == 0
    assert scalar(url, "SELECT COUNT(*) FROM batches b JOIN lots l ON l.id = b.lotId WHERE b.createdAt <> l.date") == 0


def check_bills_add_up_and_their_status_follows(seeded: Seeded) -> None:
    url = seeded[0]
    assert scalar(url, "SELECT COUNT(DISTINCT billId) FROM billLineItems") == ROWS["bills"]
    assert scalar(url, "SELECT COUNT(*) FROM bills b WHERE b.subtotal <> (SELECT SUM(l.lineTotal) "
                       "FROM billLineItems l WHERE l.billId = b.id) OR b.amountDue <> b.totalAmount - b.amountPaid") == 0
    by_status = dict(rows(url, "SELECT status, COUNT(*) FROM bills GROUP BY status"))
    assert {"PAID", "PARTIAL"} <= set(by_status) and 0.4 < by_status["PAID"] / ROWS["bills"] < 0.7
    assert scalar(url, "SELECT COUNT(*) FROM bills WHERE status NOT IN ('PAID', 'PARTIAL') AND amountPaid <> 0") == 0
    assert scalar(url, "SELECT COUNT(*) FROM bills WHERE dueDate < billDate") == 0


def check_calendar_events_spread_over_the_window_and_beyond(seeded: Seeded) -> None:
    url = seeded[0]
    start, end = OPTIONS.start.date(), OPTIONS.end.date()
    assert 200 <= scalar(url, "SELECT COUNT(*) FROM calendar_events") <= 300
    quarters = dict(rows(url, f"SELECT FLOOR(DATEDIFF(start_date, '{start}') / 91), COUNT(*) FROM calendar_events "
                              "GROUP BY 1"))
    assert all(quarters.get(q, 0) >= 10 for q in range((end - start).days // 91)), quarters
    future = scalar(url, f"SELECT COUNT(*) FROM calendar_events WHERE start_date > '{end}'")
    assert 5 <= future <= 40
    assert scalar(url, f"SELECT COUNT(*) FROM calendar_events WHERE start_date > '{end}' "
                       "AND status NOT IN ('SCHEDULED', 'CANCELLED')") == 0
    all_day = scalar(url, "SELECT COUNT(*) FROM calendar_events WHERE is_floating_time = 1 AND start_time IS NULL")
    assert 0.1 * ROWS["calendar_events"] < all_day < 0.3 * ROWS["calendar_events"]
    assert scalar(url, "SELECT COUNT(*) FROM calendar_reminders r JOIN calendar_events e ON e.id = r.event_id "
                       "WHERE r.reminder_time > TIMESTAMP(e.start_date)") == 0
    assert scalar(url, "SELECT COUNT(*) FROM (SELECT event_id, user_id FROM calendar_event_participants "
                       "GROUP BY 1, 2 HAVING COUNT(*) > 1) d") == 0
    assert scalar(url, "SELECT COUNT(DISTINCT event_id) FROM calendar_event_participants") > 150


def check_tasks_lists_and_comments_record_what_happened(seeded: Seeded) -> None:
    url = seeded[0]
    tasks = scalar(url, "SELECT COUNT(*) FROM todo_tasks")   # param("list_items"), made by expand
    done = scalar(url, "SELECT COUNT(*) FROM todo_tasks WHERE status = 'done'")
    assert 0.25 * tasks < done < 0.45 * tasks
    assert scalar(url, "SELECT COUNT(*) FROM todo_tasks WHERE is_completed = 1 AND completed_at IS NOT NULL "
                       "AND completed_by IS NOT NULL AND completed_at >= created_at") == done
    shared = scalar(url, "SELECT COUNT(*) FROM todo_lists WHERE is_shared = 1")
    assert shared == scalar(url, "SELECT COUNT(DISTINCT list_id) FROM todo_list_members") > 0.3 * ROWS["todo_lists"]
    assert scalar(url, "SELECT COUNT(*) FROM comments WHERE is_resolved = 1 AND resolved_at >= created_at") == \
        scalar(url, "SELECT COUNT(*) FROM comments WHERE resolved_at IS NOT NULL") > 0
    assert scalar(url, "SELECT COUNT(*) FROM comment_mentions m JOIN comments c ON c.id = m.comment_id "
                       "WHERE m.mentioned_by_user_id <> c.user_id") == 0
    assert scalar(url, "SELECT COUNT(*) FROM note_comments c JOIN note_comments p ON p.id = c.parentCommentId "
                       "WHERE p.noteId <> c.noteId OR p.createdAt > c.createdAt") == 0
