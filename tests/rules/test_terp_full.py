"""The issue's acceptance run: `apply --rules rules/terp --profile full` on a fresh TERP database, pinned
to 2024-01-01..2025-10-31, fills all 117 tables, verify passes (0 orphans, every invariant), and the
full volumes and the monthly spread are reached."""

from __future__ import annotations

from collections.abc import Iterator
from secrets import token_hex

import pytest

from seeder.options import RunOptions
from seeder.sandbox import ThrowawayServer
from tests.integration.helpers import seed
from tests.rules.conftest import OPTIONS, Seeded
from tests.rules.terp import RULES
from tests.support.db import TERP_SCHEMA, TERP_TABLE_COUNT, load_sql, row_counts

pytestmark = pytest.mark.mysql

#: table -> (SQL counting the business records, the least the issue asks, the most)
VOLUMES = {
    "sale orders": ("SELECT COUNT(*) FROM orders WHERE orderType = 'SALE'", 4400, 4400),
    "invoices": ("SELECT COUNT(*) FROM invoices", 4400, 4400),
    "received payments": ("SELECT COUNT(*) FROM payments WHERE paymentType = 'RECEIVED'", 3000, None),
    "clients": ("SELECT COUNT(*) FROM clients WHERE is_buyer = 1", 60, 60),
    "vendors": ("SELECT COUNT(*) FROM vendors", 8, 8),
    "purchase orders": ("SELECT COUNT(*) FROM purchaseOrders", 150, None),
    "ledger entries": ("SELECT COUNT(*) FROM ledgerEntries", 8000, None),
    "calendar events": ("SELECT COUNT(*) FROM calendar_events", 200, 300),
    "comments": ("SELECT COUNT(*) FROM comments", 500, 1000),
    "lists": ("SELECT COUNT(*) FROM todo_lists", 50, 100),
    "list items": ("SELECT COUNT(*) FROM todo_tasks", 200, 500),
    "workflow queue": ("SELECT COUNT(*) FROM batches WHERE statusId IS NOT NULL", 100, None),
    "pricing rules": ("SELECT COUNT(*) FROM pricing_rules", 20, None),
    "pricing profiles": ("SELECT COUNT(*) FROM pricing_profiles", 10, None),
}

#: business records whose whole months (2024-01..2025-10) must not differ by more than 1.5x
MONTHLY = {
    "orders": "SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM orders WHERE orderType = 'SALE' "
              "AND created_at >= '2024-01-01' AND created_at < '2025-11-01' GROUP BY 1",
    "invoices": "SELECT DATE_FORMAT(invoiceDate, '%Y-%m'), COUNT(*) FROM invoices "
                "WHERE invoiceDate >= '2024-01-01' AND invoiceDate < '2025-11-01' GROUP BY 1",
    "payments": "SELECT DATE_FORMAT(paymentDate, '%Y-%m'), COUNT(*) FROM payments "
                "WHERE paymentDate >= '2024-01-01' AND paymentDate < '2025-11-01' GROUP BY 1",
    "events": "SELECT DATE_FORMAT(start_date, '%Y-%m'), COUNT(*) FROM calendar_events "
              "WHERE start_date >= '2024-01-01' AND start_date < '2025-11-01' GROUP BY 1",
}


@pytest.fixture(scope="module")
def full(server: ThrowawayServer) -> Iterator[Seeded]:
    name = f"seeder_test_terp_full_{token_hex(4)}"
    url = server.create_database(name)
    try:
        load_sql(url, TERP_SCHEMA.read_text(encoding="utf-8"))
        options = RunOptions(rules_dir=str(RULES), profile="full", start=OPTIONS.start, end=OPTIONS.end)
        plan, _result, report = seed(url, options)
        yield Seeded(url, plan, report)
    finally:
        server.drop_database(name)


def test_the_full_profile_fills_every_table_and_verify_passes(full: Seeded) -> None:
    assert full.report.ok, [f"{f.check} {f.object}: {f.count} {f.examples}" for f in full.report.findings]
    counts = row_counts(full.url)
    assert len(counts) == TERP_TABLE_COUNT and [t for t, n in counts.items() if n == 0] == []
    assert len(full.plan.rules.invariants()) >= 150


@pytest.mark.parametrize("what", sorted(VOLUMES))
def test_the_full_volumes_are_reached(full: Seeded, what: str) -> None:
    sql, least, most = VOLUMES[what]
    n = full.scalar(sql)
    assert n >= least and (most is None or n <= most), f"{what}: {n}"


@pytest.mark.parametrize("what", sorted(MONTHLY))
def test_every_month_of_the_window_is_within_1_5x_of_the_others(full: Seeded, what: str) -> None:
    months = dict(full.q(MONTHLY[what]))
    assert len(months) == 22, f"{what}: months with records {sorted(months)}"
    assert max(months.values()) <= 1.5 * min(months.values()), f"{what}: {months}"
