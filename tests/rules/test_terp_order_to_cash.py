"""Order to cash and AP money in the seeded TERP database (rules/terp: clients, orders, order_lines, invoices,
payments, bills, returns, client_transactions, credits): the business facts, and every invariant of those files
failing on data broken on purpose."""

from __future__ import annotations

import pytest

from tests.rules.conftest import OPTIONS, failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql

MINE = ("clients.py", "orders.py", "order_lines.py", "invoices.py", "payments.py", "bills.py", "returns.py",
        "client_transactions.py", "credits.py")
END = OPTIONS.end.date()
WHOLE_MONTHS = "'2024-01' AND '2025-09'"   # the window's whole months (2025-10-31 itself is not in it)


def _spread(seeded, table: str, column: str, where: str = "1") -> float:
    counts = [n for (n,) in seeded.q(f"SELECT COUNT(*) FROM {table} WHERE {where} AND DATE_FORMAT({column}, '%Y-%m') "
                                     f"BETWEEN {WHOLE_MONTHS} GROUP BY DATE_FORMAT({column}, '%Y-%m')")]
    assert len(counts) == 21
    return max(counts) / min(counts)


def test_orders_clients_and_invoices_follow_the_business(terp_seeded) -> None:
    s = terp_seeded
    assert s.scalar("SELECT COUNT(*) FROM clients") == 60
    assert s.scalar("SELECT COUNT(*) FROM clients WHERE teri_code LIKE 'WHL%'") == 10
    assert s.scalar("SELECT COUNT(*) FROM orders WHERE orderType = 'SALE'") == 400 == s.scalar("SELECT COUNT(*) FROM invoices")
    assert 40 <= s.scalar("SELECT COUNT(*) FROM orders WHERE orderType = 'QUOTE'") <= 60
    whale = float(s.scalar("SELECT SUM(IF(c.teri_code LIKE 'WHL%', i.totalAmount, 0)) / SUM(i.totalAmount) FROM invoices i "
                           "JOIN clients c ON c.id = i.customerId WHERE i.status <> 'VOID'"))
    assert 0.63 <= whale <= 0.77
    assert s.scalar("SELECT COUNT(*) FROM clients c WHERE c.created_at >= (SELECT MIN(created_at) FROM orders o "
                    "WHERE o.client_id = c.id)") == 0
    terms = dict(s.q("SELECT paymentTerms, COUNT(*) FROM orders WHERE orderType = 'SALE' GROUP BY paymentTerms"))
    assert set(terms) == {"CONSIGNMENT", "NET_30"} and 0.42 <= terms["CONSIGNMENT"] / 400 <= 0.58
    # priced from the batch: unitPrice = unitCogs / (1 - margin), margin 25 % +/- 10 % relative
    assert s.scalar("SELECT COUNT(*) FROM order_line_items l JOIN batches b ON b.id = l.batch_id WHERE l.is_cogs_overridden = 0 "
                    "AND ABS(l.unit_price - (b.unitCogs + 0) / (1 - l.margin_percent / 100)) > 0.006") == 0
    assert 2.5 <= s.scalar("SELECT COUNT(*) FROM order_line_items") / s.scalar("SELECT COUNT(*) FROM orders") <= 3.3
    # invoices: lines add up to the order, due after issue, issued with the order
    assert s.scalar("SELECT COUNT(*) FROM invoices i JOIN orders o ON o.id = i.referenceId WHERE i.totalAmount <> o.total "
                    "OR i.subtotal <> (SELECT SUM(lineTotal) FROM invoiceLineItems l WHERE l.invoiceId = i.id) "
                    "OR i.dueDate <= i.invoiceDate OR i.invoiceDate < DATE(o.created_at)") == 0
    overdue = s.q(f"SELECT COUNT(*), SUM(DATEDIFF('{END}', dueDate) > 120) FROM invoices WHERE status = 'OVERDUE'")[0]
    assert 0.13 <= overdue[0] / 400 <= 0.17 and 0.4 <= overdue[1] / overdue[0] <= 0.6
    assert s.scalar("SELECT COUNT(*) FROM invoices WHERE (status = 'PAID') <> (amountPaid > 0 AND amountDue <= 0.01) "
                    "OR (status = 'PARTIAL') <> (amountPaid > 0 AND amountPaid < totalAmount) "
                    f"OR amountDue <> totalAmount - amountPaid OR (status = 'OVERDUE' AND (amountPaid > 0 OR dueDate >= '{END}'))") == 0
    by_status = dict(s.q("SELECT status, COUNT(*) FROM invoices GROUP BY status"))
    assert {"PAID", "PARTIAL", "OVERDUE"} <= set(by_status)
    assert _spread(s, "orders", "created_at") <= 1.5 and _spread(s, "invoices", "invoiceDate") <= 1.5


def test_payments_pay_what_is_owed_evenly_over_the_window(terp_seeded) -> None:
    s = terp_seeded
    received = s.scalar("SELECT COUNT(*) FROM payments WHERE paymentType = 'RECEIVED'")
    assert received > 0.85 * 400   # full: 3,000+ of 4,400
    assert s.scalar("SELECT COUNT(*) FROM payments p JOIN invoices i ON i.id = p.invoiceId WHERE p.paymentType <> 'RECEIVED' "
                    "OR p.customerId <> i.customerId OR p.vendorId IS NOT NULL OR p.billId IS NOT NULL "
                    f"OR p.paymentDate < i.invoiceDate OR p.paymentDate > '{END}' OR p.amount <= 0") == 0
    assert s.scalar("SELECT COUNT(*) FROM (SELECT i.id FROM invoices i JOIN payments p ON p.invoiceId = i.id "
                    "GROUP BY i.id, i.totalAmount, i.amountPaid HAVING SUM(p.amount) > i.totalAmount "
                    "OR SUM(p.amount) <> i.amountPaid) x") == 0
    assert s.scalar("SELECT COUNT(*) FROM (SELECT invoiceId FROM payments WHERE invoiceId IS NOT NULL GROUP BY invoiceId "
                    "HAVING COUNT(*) > 1) x") > 10   # instalments
    methods = dict(s.q("SELECT paymentMethod, COUNT(*) FROM payments WHERE paymentType = 'RECEIVED' GROUP BY 1"))
    assert set(methods) == {"CHECK", "ACH", "WIRE"}
    lags = [float(v) for (v,) in s.q("SELECT AVG(DATEDIFF(p.paymentDate, i.invoiceDate)) FROM payments p JOIN invoices i "
                                     "ON i.id = p.invoiceId GROUP BY p.customerId HAVING COUNT(*) >= 5")]
    assert min(lags) < 25 and max(lags) > 45     # prompt and chronically late payers
    # AP: SENT payments pay bills, and the bills' amounts follow
    assert s.scalar("SELECT COUNT(*) FROM payments p JOIN bills b ON b.id = p.billId WHERE p.paymentType = 'SENT' "
                    "AND p.vendorId = b.vendorId AND p.customerId IS NULL AND p.invoiceId IS NULL "
                    f"AND p.paymentDate BETWEEN b.billDate AND '{END}'") == \
        s.scalar("SELECT COUNT(*) FROM payments WHERE paymentType = 'SENT'") > 40
    assert s.scalar("SELECT COUNT(*) FROM bills b WHERE b.amountPaid <> (SELECT COALESCE(SUM(amount), 0) FROM payments p "
                    "WHERE p.billId = b.id)") == 0
    assert s.scalar("SELECT COUNT(*) FROM bills WHERE status = 'OVERDUE' AND amountDue > 0") > 0   # AP aging
    assert _spread(s, "payments", "paymentDate") <= 1.5
    assert _spread(s, "payments", "paymentDate", "paymentType = 'RECEIVED'") <= 1.5


def test_client_ledger_returns_refunds_and_credits_agree(terp_seeded) -> None:
    s = terp_seeded
    kinds = dict(s.q("SELECT transaction_type, COUNT(*) FROM client_transactions GROUP BY 1"))
    assert kinds["INVOICE"] == s.scalar("SELECT COUNT(*) FROM invoices WHERE status <> 'VOID'")
    assert kinds["PAYMENT"] == s.scalar("SELECT COUNT(*) FROM payments WHERE paymentType = 'RECEIVED'")
    assert 15 <= kinds["REFUND"] <= 21      # 5 % of the sale orders
    assert s.scalar("SELECT COUNT(*) FROM client_transactions t JOIN orders o ON o.id = JSON_VALUE(t.metadata, '$.orderId') "
                    "WHERE t.transaction_type = 'REFUND' AND (t.amount <> ROUND(o.total * 0.05, 2) "
                    f"OR t.transaction_date <= DATE(o.created_at) OR t.transaction_date > '{END}')") == 0
    assert s.scalar("SELECT COUNT(*) FROM clients c WHERE c.total_owed <> (SELECT COALESCE(SUM(amountDue), 0) "
                    "FROM invoices i WHERE i.customerId = c.id AND i.status NOT IN ('PAID', 'VOID')) + (SELECT "
                    "COALESCE(SUM(amountPaid), 0) FROM invoices i WHERE i.customerId = c.id AND i.status = 'PARTIAL')") == 0
    assert s.scalar("SELECT COUNT(*) FROM returns") == 2     # 0.5 % of 400
    assert s.scalar("SELECT COUNT(*) FROM returns r JOIN orders o ON o.id = r.order_id WHERE o.fulfillmentStatus = 'SHIPPED' "
                    "AND r.processed_at > o.shipped_at AND JSON_LENGTH(r.items) BETWEEN 1 AND 3") == 2
    assert s.scalar("SELECT COUNT(*) FROM credits c WHERE CAST(c.amountRemaining AS DECIMAL(12, 2)) <> "
                    "CAST(c.creditAmount AS DECIMAL(12, 2)) - CAST(c.amountUsed AS DECIMAL(12, 2))") == 0
    assert {"ACTIVE", "PARTIALLY_USED", "FULLY_USED"} <= {v for (v,) in s.q("SELECT DISTINCT creditStatus FROM credits")}


def _mine(seeded) -> set[str]:
    return {inv.name for where, inv in seeded.plan.rules.invariants() if where.split(":")[0].endswith(MINE)}


# every invariant of the order-to-cash files but the overdue shares and the return share (they need data the
# breaks below would hide: see the next test)
BREAKS = [
    "UPDATE clients SET total_spent = total_spent + 1 ORDER BY id LIMIT 1",
    "UPDATE clients SET teri_code = CONCAT('X', teri_code) WHERE teri_code LIKE 'WHL%'",
    "UPDATE orders SET invoice_id = NULL WHERE orderType = 'SALE' ORDER BY id LIMIT 1",
    "DELETE FROM order_line_items WHERE order_id = {quote}",
    "UPDATE order_line_items SET line_total = line_total + 1 WHERE order_id = {quote2}",
    "UPDATE orders SET total_cogs = total_cogs + 1, tax = 1, avg_margin_percent = 50 WHERE id = {quote3}",
    "UPDATE orders SET paymentTerms = 'COD' WHERE orderType = 'SALE'",
    "UPDATE orders SET is_draft = 0 WHERE id = {quote4}",
    "UPDATE orders SET packed_at = NULL WHERE fulfillmentStatus = 'SHIPPED' ORDER BY id LIMIT 1",
    "UPDATE orders SET due_date = '2030-01-01', updated_at = updated_at WHERE saleStatus = 'OVERDUE' ORDER BY id LIMIT 1",
    "UPDATE orders SET created_at = '2024-06-15 12:00:00' WHERE created_at BETWEEN '2024-03-01' AND '2024-05-31'",
    ("UPDATE order_line_items SET margin_dollar = margin_dollar + 1, margin_percent = 60, cogs_override_reason = 'x', "
     "margin_source = 'MANUAL', created_at = created_at + INTERVAL 1 HOUR WHERE is_cogs_overridden = 0 "
     "AND is_margin_overridden = 0 ORDER BY id LIMIT 1"),
    "UPDATE invoiceLineItems SET lineTotal = lineTotal + 1 ORDER BY id LIMIT 1",
    "DELETE FROM invoiceLineItems WHERE invoiceId = {invoice}",
    "UPDATE invoices SET taxAmount = 1, amountDue = amountDue + 2 WHERE id = {invoice2}",
    "UPDATE invoices SET status = 'SENT' WHERE status = 'PAID' ORDER BY id LIMIT 1",
    "UPDATE invoices SET dueDate = '2030-01-01', updatedAt = updatedAt WHERE status = 'OVERDUE' ORDER BY id LIMIT 1",
    "UPDATE invoices SET dueDate = dueDate + INTERVAL 1 DAY WHERE id = {invoice3}",
    "UPDATE invoices SET referenceId = {quote5} WHERE id = {invoice4}",
    "UPDATE invoices SET invoiceDate = '2024-06-15' WHERE invoiceDate BETWEEN '2024-02-01' AND '2024-05-31'",
    "UPDATE payments SET amount = amount + 100000 WHERE paymentType = 'RECEIVED' ORDER BY id LIMIT 1",
    "UPDATE payments SET paymentDate = '2030-01-01', vendorId = 1 WHERE paymentType = 'RECEIVED' ORDER BY id DESC LIMIT 1",
    "UPDATE payments SET reconciledAt = NULL WHERE isReconciled = 1 ORDER BY id LIMIT 1",
    "UPDATE payments SET paymentDate = '2024-06-15' WHERE paymentDate BETWEEN '2024-02-01' AND '2024-05-31'",
    "UPDATE payments SET amount = amount + 1 WHERE paymentType = 'SENT' ORDER BY id LIMIT 1",
    "DELETE FROM billLineItems WHERE billId = 1",
    "UPDATE billLineItems SET lineTotal = lineTotal + 1, createdAt = createdAt + INTERVAL 1 HOUR WHERE billId = 2",
    "UPDATE bills SET taxAmount = taxAmount + 1 WHERE id = 3",
    "UPDATE bills SET amountDue = amountDue + 1, dueDate = dueDate + INTERVAL 1 DAY WHERE id = 4",
    "UPDATE bills SET status = 'PAID' WHERE amountPaid = 0 ORDER BY id LIMIT 1",
    "UPDATE client_transactions SET amount = amount + 1 WHERE transaction_type = 'INVOICE' ORDER BY id LIMIT 1",
    "DELETE FROM client_transactions WHERE transaction_type = 'PAYMENT' ORDER BY id LIMIT 1",
    "UPDATE returns SET items = '[{{\"batchId\": 999999, \"quantity\": 1}}]', processed_at = '2023-01-01 00:00:00'",
    "UPDATE creditApplications SET amountApplied = '0.01', appliedDate = '2020-01-01 00:00:00' ORDER BY id LIMIT 1",
    "UPDATE credits SET creditStatus = 'FULLY_USED' WHERE creditStatus = 'ACTIVE' ORDER BY id LIMIT 1",
]
SHARE_BREAKS = [     # OVERDUE: all invoices, none 120+ days past due; no returns at all
    "UPDATE invoices SET status = 'OVERDUE', dueDate = '2025-10-30'",
    "DELETE FROM returns",
]
SHARES = {"5-85% of invoices are OVERDUE (default 15%, chaos 30%, edge 80%; fewer in a short window)",
          "returns are 0.2-12% of the sale orders (default 0.5%, chaos 3%, edge 10%; at least one)"}


def _ids(seeded) -> dict[str, int]:
    quotes = [i for (i,) in seeded.q("SELECT id FROM orders WHERE orderType = 'QUOTE' ORDER BY id LIMIT 5")]
    invoices = [i for (i,) in seeded.q("SELECT id FROM invoices ORDER BY id DESC LIMIT 4")]
    return {"quote": quotes[0], "quote2": quotes[1], "quote3": quotes[2], "quote4": quotes[3], "quote5": quotes[4],
            "invoice": invoices[0], "invoice2": invoices[1], "invoice3": invoices[2], "invoice4": invoices[3]}


def test_every_order_to_cash_invariant_fails_on_data_that_breaks_it(terp_light) -> None:
    mine = _mine(terp_light)
    assert len(mine) >= 45
    assert not set(failing_invariants(terp_light.url)) & mine
    ids = _ids(terp_light)
    load_sql(terp_light.url, ";\n".join(b.format(**ids) for b in BREAKS) + ";")
    failing = set(failing_invariants(terp_light.url))
    overdue_120 = {n for n in mine if n.startswith("35-95% of OVERDUE")}
    assert mine - SHARES - overdue_120 - failing == set()


def test_the_overdue_and_return_shares_fail_when_the_shares_are_off(terp_light) -> None:
    load_sql(terp_light.url, ";\n".join(SHARE_BREAKS) + ";")
    failing = set(failing_invariants(terp_light.url))
    overdue_120 = {n for n in _mine(terp_light) if n.startswith("35-95% of OVERDUE")}
    assert SHARES | overdue_120 <= failing and len(overdue_120) == 1
