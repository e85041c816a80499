"""Invoices and invoice lines: money that adds up (DOMAIN 1.7, 2.6).

One invoice per SALE order (referenceType ORDER), to the order's client on its terms, dated with the order's
confirmation; its lines copy the order's lines (lineTotal = quantity x unitPrice x (1 - discountPercent/100));
subtotal = sum of lines; totalAmount = subtotal + taxAmount - discountAmount; amountPaid = the sum of its RECEIVED
payments (payments.py); amountDue = totalAmount - amountPaid; dueDate = invoiceDate + terms. The status follows the
amounts (PAID <=> amountDue <= 0.01, PARTIAL <=> 0 < amountPaid < totalAmount) and else the order's fate: OVERDUE
(unpaid past its due date), VOID (a cancelled order), SENT or VIEWED (not due or not paid yet). updatedAt is the
invoice's last change as the order records it (never after the window's end); the order points back
(orders.invoice_id).
"""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Poly, Ref, Rollup, TableRule

CENT = Decimal("0.01")
TERMS_DAYS = {"COD": 0, "NET_7": 7, "NET_15": 15, "NET_30": 30, "CONSIGNMENT": 30, "PARTIAL": 30}   # as orders
FATE = {"PAID": "PAID", "PARTIAL": "PARTIAL", "OVERDUE": "OVERDUE", "CANCELLED": "VOID"}   # else SENT or VIEWED


def _invoices(src, rng):
    """One invoice per SALE order, carrying the order's money and fate (status until payments say otherwise)."""
    out = []
    for o in src.rows("orders"):
        if o["orderType"] != "SALE":
            continue
        created = o["confirmed_at"] or o["created_at"]
        out.append({"referenceType": "ORDER", "referenceId": o["id"], "customerId": o["client_id"],
                    "paymentTerms": o["paymentTerms"], "createdAt": created, "invoiceDate": created.date(),
                    "dueDate": created.date() + timedelta(days=TERMS_DAYS.get(o["paymentTerms"], 30)),
                    "updatedAt": max(created, o["updated_at"] or created), "taxAmount": o["tax"],
                    "discountAmount": o["discount"],
                    "status": FATE.get(o["saleStatus"]) or rng.choices(["SENT", "VIEWED"], [60, 40])[0]})
    return out


def _status(invoice: dict, payments: list) -> str:
    paid, total = invoice["amountPaid"], invoice["totalAmount"]
    if paid > 0:
        return "PAID" if total - paid <= CENT else "PARTIAL"
    return invoice["status"]      # the fate the invoice was written with


class Invoices(TableRule):
    """AR invoices, one per SALE order (referenceType ORDER; SALE and CONTRACT have no table), to its client."""

    table = "invoices"
    reads = ("orders",)
    expand = _invoices
    # referenceId is also a plain reference (the pair stays mapped for verify)
    references = [Ref("customerId", "clients"), Ref("referenceId", "orders", pick="distinct")]
    polymorphic = [Poly("referenceType", "referenceId", {"ORDER": "orders"})]
    subtotal = 0          # placeholders: the rollups below compute them once lines and payments exist
    totalAmount = 0
    amountPaid = 0
    amountDue = 0
    rollups = [
        Rollup.sum("subtotal", child="invoiceLineItems", via="invoiceId", of="lineTotal"),
        Rollup("totalAmount", child="invoiceLineItems", via="invoiceId",
               fn=lambda inv, lines: inv["subtotal"] + Decimal(inv["taxAmount"]) - Decimal(inv["discountAmount"])),
        Rollup.sum("amountPaid", child="payments", via="invoiceId", of="amount"),
        Rollup("amountDue", child="payments", via="invoiceId",
               fn=lambda inv, pays: inv["totalAmount"] - inv["amountPaid"]),
        Rollup("status", child="payments", via="invoiceId", fn=_status),
    ]
    invariants = [
        # with "at least one line": one pass over the lines (10x: 0.12 s as two invariants, 0.06 s as one)
        Invariant("every invoice has lines, and its subtotal is the sum of their line totals",
                  "SELECT i.id, i.subtotal, l.total FROM invoices i LEFT JOIN (SELECT invoiceId, SUM(lineTotal) AS total "
                  "FROM invoiceLineItems GROUP BY invoiceId) l ON l.invoiceId = i.id "
                  "WHERE l.invoiceId IS NULL OR i.subtotal <> l.total"),
        Invariant("totalAmount = subtotal + taxAmount - discountAmount",
                  "SELECT id FROM invoices WHERE totalAmount <> subtotal + taxAmount - discountAmount"),
        Invariant("an order's invoice bills what the order totals",
                  "SELECT i.id FROM invoices i JOIN orders o ON o.id = i.referenceId WHERE i.totalAmount <> o.total"),
        Invariant("amountDue = totalAmount - amountPaid, 0 <= amountPaid <= totalAmount",
                  "SELECT id FROM invoices WHERE amountDue <> totalAmount - amountPaid "
                  "OR amountPaid < 0 OR amountPaid > totalAmount"),
        Invariant("amountPaid equals the sum of the invoice's RECEIVED payments",
                  "SELECT i.id FROM invoices i LEFT JOIN payments p ON p.invoiceId = i.id AND p.paymentType = 'RECEIVED' "
                  "GROUP BY i.id, i.amountPaid HAVING i.amountPaid <> COALESCE(SUM(p.amount), 0)"),
        Invariant("PAID exactly when nothing is due; PARTIAL when partly paid; OVERDUE, VOID, SENT, VIEWED unpaid",
                  "SELECT id, status FROM invoices WHERE (status = 'PAID') <> (amountPaid > 0 AND amountDue <= 0.01) "
                  "OR (status = 'PARTIAL') <> (amountPaid > 0 AND amountDue > 0.01)"),
        Invariant("OVERDUE only past the due date (as of the invoice's last change)",
                  "SELECT id FROM invoices WHERE status = 'OVERDUE' AND dueDate >= DATE(updatedAt)"),
        Invariant("an order's saleStatus agrees with its invoice (PAID, PARTIAL, OVERDUE alike; CANCELLED is VOID)",
                  "SELECT o.id FROM orders o JOIN invoices i ON i.referenceType = 'ORDER' AND i.referenceId = o.id "
                  "WHERE (o.saleStatus = 'PAID') <> (i.status = 'PAID') OR (o.saleStatus = 'PARTIAL') <> (i.status = 'PARTIAL') "
                  "OR (o.saleStatus = 'OVERDUE') <> (i.status = 'OVERDUE') OR (o.saleStatus = 'CANCELLED') <> (i.status = 'VOID')"),
        Invariant("dueDate = invoiceDate + terms; invoiceDate on or after the order's date; updatedAt >= createdAt",
                  "SELECT i.id FROM invoices i JOIN orders o ON o.id = i.referenceId WHERE i.dueDate < i.invoiceDate "
                  "OR i.dueDate <> i.invoiceDate + INTERVAL CASE i.paymentTerms WHEN 'COD' THEN 0 WHEN 'NET_7' THEN 7 "
                  "WHEN 'NET_15' THEN 15 ELSE 30 END DAY OR i.invoiceDate < DATE(o.created_at) - INTERVAL 1 DAY "
                  "OR i.updatedAt < i.createdAt"),
        Invariant("every SALE order has exactly one invoice, a QUOTE none",
                  "SELECT o.id FROM orders o LEFT JOIN invoices i ON i.referenceType = 'ORDER' AND i.referenceId = o.id "
                  "GROUP BY o.id, o.orderType HAVING COUNT(i.id) <> (o.orderType = 'SALE')"),
        Invariant("an order's invoice bills the order's client on its terms, dated with the order (a day's slack)",
                  "SELECT i.id FROM invoices i JOIN orders o ON o.id = i.referenceId WHERE i.referenceType = 'ORDER' "
                  "AND (i.customerId <> o.client_id OR i.paymentTerms <> o.paymentTerms "
                  "OR ABS(DATEDIFF(i.invoiceDate, COALESCE(o.confirmed_at, o.created_at))) > 1)"),
        Invariant("5-85% of invoices are OVERDUE (default 15%, chaos 30%, edge 80%; fewer in a short window)",
                  "SELECT SUM(status = 'OVERDUE') / COUNT(*) AS share FROM invoices "
                  "HAVING COUNT(*) >= 20 AND share NOT BETWEEN 0.05 AND 0.85"),
        Invariant("35-95% of OVERDUE invoices are more than 120 days past due at the last invoice date (default 50%, "
                  "edge 90%)",
                  "SELECT SUM(DATEDIFF((SELECT MAX(invoiceDate) FROM invoices), dueDate) > 120) / COUNT(*) AS share "
                  "FROM invoices WHERE status = 'OVERDUE' HAVING COUNT(*) >= 5 AND share NOT BETWEEN 0.35 AND 0.95"),
        Invariant("the busiest whole month has at most 1.5x the invoices of the quietest (or 2 more; first, last month left out)",
                  "SELECT MAX(n) / MIN(n) AS spread FROM (SELECT DATE_FORMAT(invoiceDate, '%Y-%m') AS m, COUNT(*) AS n "
                  "FROM invoices GROUP BY m) months WHERE m > (SELECT DATE_FORMAT(MIN(invoiceDate), '%Y-%m') FROM invoices) "
                  "AND m < (SELECT DATE_FORMAT(MAX(invoiceDate), '%Y-%m') FROM invoices) HAVING MAX(n) > 1.5 * MIN(n) AND MAX(n) > MIN(n) + 2"),
    ]


def _invoice_lines(src, rng):
    """One invoice line per line of the invoiced order: same batch, product, quantity, price and total. (It reads
    the orders, which know their invoice, not the invoices: those want their payments first, which want the lines.)"""
    products = {b["id"]: b["productId"] for b in src.rows("batches")}
    lines: dict = {}
    for line in src.rows("order_line_items"):
        lines.setdefault(line["order_id"], []).append(line)
    out = []
    for order in src.rows("orders"):
        if order["invoice_id"] is None:
            continue
        for line in lines.get(order["id"], []):
            out.append({"invoiceId": order["invoice_id"], "batchId": line["batch_id"], "productId": products.get(line["batch_id"]),
                        "description": line["product_display_name"], "quantity": line["quantity"],
                        "unitPrice": line["unit_price"], "discountPercent": 0, "taxRate": 0,
                        "lineTotal": line["line_total"], "createdAt": order["confirmed_at"] or order["created_at"]})
    return out


class InvoiceLineItems(TableRule):
    """Invoice lines: the order's lines, so every invoice has at least one and they add up to the order."""

    table = "invoiceLineItems"
    reads = ("orders", "order_line_items", "batches")
    expand = _invoice_lines
    invariants = [
        Invariant("lineTotal = quantity x unitPrice x (1 - discountPercent/100)",
                  "SELECT id FROM invoiceLineItems "
                  "WHERE ABS(lineTotal - ROUND(quantity * unitPrice * (1 - discountPercent / 100), 2)) > 0.005"),
    ]

