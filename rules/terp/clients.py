"""Clients: the buying parties of DOMAIN 1.3 and 2.2, whales first.

The first param("whales") rows are whales (teri_code WHL####, tags wholesale/high-volume) and take about
whale_revenue_share of the revenue (orders.py sends them that share of the orders); the rest are regulars
(REG####, retail). The edge profile has no regulars at all. Every client exists before the window opens (so before
its first order). total_spent and total_owed follow client_transactions as the app's updateClientStats computes them:
the sum of INVOICE amounts, and of those not PAID.
"""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Rollup, TableRule, Use, derived, money, param

WHALE_TAGS = '["wholesale", "high-volume", "cannabis"]'
REGULAR_TAGS = '["retail", "cannabis"]'


def _is_whale(row) -> bool:
    return row.index < row.param("whales")


def _stat(kind: str):
    def fn(client: dict, txns: list) -> Decimal:
        rows = [t for t in txns if t["transaction_type"] == "INVOICE" and (kind == "spent" or t["payment_status"] != "PAID")]
        return money(sum((Decimal(t["amount"]) for t in rows), Decimal(0)))
    return fn


class Clients(TableRule):
    """Wholesale buyers: whales then regulars; about 15 % of regulars also sell to us (is_seller)."""

    table = "clients"
    rows = param("clients")
    is_buyer = True
    is_referee = Use("bool.flag", true_share=0.05)
    is_contractor = Use("bool.flag", true_share=0.05)
    custom_pricing_rules = None  # [{ruleId, priority}] only when no pricing profile; not expressible, keep NULL
    cogsAdjustmentType = Use.choice(["NONE", "PERCENTAGE", "FIXED_AMOUNT"], weights=[80, 15, 5])
    vip_portal_enabled = Use("bool.flag", true_share=0.2)
    total_spent = 0           # placeholders: the rollups over client_transactions compute them
    total_owed = 0
    total_profit = 0          # the app's updateClientStats path never computes a profit
    avg_profit_margin = 0
    rollups = [
        Rollup("total_spent", child="client_transactions", via="client_id", fn=_stat("spent")),
        Rollup("total_owed", child="client_transactions", via="client_id", fn=_stat("owed")),
    ]
    invariants = [
        Invariant("client total_spent / total_owed = sum of its INVOICE transactions (all / not PAID)",
                  "SELECT c.id FROM clients c LEFT JOIN client_transactions t ON t.client_id = c.id "
                  "AND t.transaction_type = 'INVOICE' GROUP BY c.id, c.total_spent, c.total_owed "
                  "HAVING c.total_spent <> COALESCE(SUM(t.amount), 0) "
                  "OR c.total_owed <> COALESCE(SUM(CASE WHEN t.payment_status <> 'PAID' THEN t.amount END), 0)"),
        Invariant("whale clients (WHL codes) take 60-80% of invoiced revenue (all of it when every client is a whale)",
                  "SELECT SUM(CASE WHEN c.teri_code LIKE 'WHL%' THEN i.totalAmount ELSE 0 END) / SUM(i.totalAmount) AS share "
                  "FROM invoices i JOIN clients c ON c.id = i.customerId WHERE i.status <> 'VOID' "
                  "HAVING SUM(i.totalAmount) > 0 AND NOT (share BETWEEN 0.6 AND 0.8 OR (share = 1 AND "
                  "(SELECT COUNT(*) FROM clients WHERE teri_code NOT LIKE 'WHL%') = 0))"),
    ]

    @derived("teri_code", after=[])
    def teri_code(row, rng):
        whales = row.param("whales")
        return f"WHL{row.index + 1:04d}" if row.index < whales else f"REG{row.index - whales + 1:04d}"

    @derived("tags", after=[])
    def tags(row, rng):
        return WHALE_TAGS if _is_whale(row) else REGULAR_TAGS

    @derived("is_seller", after=[])
    def seller(row, rng):
        return not _is_whale(row) and rng.random() < 0.15

    @derived("is_brand", after=[])
    def brand(row, rng):
        return _is_whale(row) and rng.random() < 0.1

    @derived("created_at", after=[])
    def created(row, rng):   # DOMAIN 1.3: whales joined earlier than regulars; all before the window opens
        days = rng.randint(60, 365) if _is_whale(row) else rng.randint(7, 240)
        return row.window.start - timedelta(days=days, minutes=rng.randint(0, 1439))

    @derived("updated_at", after=["created_at"])
    def updated(row, rng):
        return row.window.end


class ClientCreditLimits(TableRule):
    """One credit limit per client (unique client_id), so rows follow clients."""

    table = "client_credit_limits"
    rows = param("clients")
    mode = Use.choice(["LEARNING", "ACTIVE"], weights=[40, 60])
    trend = Use.choice(["IMPROVING", "STABLE", "WORSENING"], weights=[25, 55, 20])
