"""Invoices and invoice lines: money that adds up (DOMAIN 1.7, 2.6).

lineTotal = quantity x unitPrice x (1 - discountPercent/100); subtotal = sum of lines;
totalAmount = subtotal + taxAmount - discountAmount; amountPaid = sum of its payments;
amountDue = totalAmount - amountPaid; status follows the amounts; dueDate = invoiceDate + terms. An invoice bills
one order (distinct): the order's client, terms and confirmation date (createdAt; updatedAt, its last change, is
never after the window's end); the order points back (orders.invoice_id).
"""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Poly, Ref, Rollup, TableRule, Use, derived, money, param

CENT = Decimal("0.01")
TERMS_DAYS = {"COD": 0, "NET_7": 7, "NET_15": 15, "NET_30": 30, "CONSIGNMENT": 30, "PARTIAL": 30}   # as orders
UNPAID_STATES = ["SENT", "VIEWED", "OVERDUE", "DRAFT", "VOID"]   # for invoices with no payment yet



def _status(invoice: dict, payments: list) -> str:
    paid, total = invoice["amountPaid"], invoice["totalAmount"]
    if paid > 0 and total - paid <= CENT:
        return "PAID"
    if paid > 0:
        return "PARTIAL"
    return UNPAID_STATES[(invoice["id"] * 7919) % 100 % len(UNPAID_STATES)]


class Invoices(TableRule):
    """AR invoices, one per order (referenceType ORDER; SALE and CONTRACT have no table), to the order's client."""

    table = "invoices"
    rows = param("orders")
    # referenceId is also a plain reference (the pair stays mapped for verify): row.parent reads the order
    references = [Ref("customerId", "clients"), Ref("referenceId", "orders", pick="distinct")]
    polymorphic = [Poly("referenceType", "referenceId", {"ORDER": "orders"})]
    referenceType = "ORDER"
    taxAmount = 0
    discountAmount = 0
    subtotal = 0          # placeholders: the rollups below compute them once lines and payments exist
    totalAmount = 0
    amountPaid = 0
    amountDue = 0
    status = "DRAFT"
    rollups = [
        Rollup.sum("subtotal", child="invoiceLineItems", via="invoiceId", of="lineTotal"),
        Rollup("totalAmount", child="invoiceLineItems", via="invoiceId",
               fn=lambda inv, lines: inv["subtotal"] + inv["taxAmount"] - inv["discountAmount"]),
        Rollup.sum("amountPaid", child="payments", via="invoiceId", of="amount"),
        Rollup("amountDue", child="payments", via="invoiceId",
               fn=lambda inv, pays: inv["totalAmount"] - inv["amountPaid"]),
        Rollup("status", child="payments", via="invoiceId", fn=_status),
    ]
    invariants = [
        Invariant("invoice subtotal equals the sum of its lines",
                  "SELECT i.id, i.subtotal, COALESCE(SUM(l.lineTotal), 0) AS line_sum FROM invoices i "
                  "LEFT JOIN invoiceLineItems l ON l.invoiceId = i.id GROUP BY i.id, i.subtotal "
                  "HAVING i.subtotal <> COALESCE(SUM(l.lineTotal), 0)"),
        Invariant("totalAmount = subtotal + taxAmount - discountAmount",
                  "SELECT id FROM invoices WHERE totalAmount <> subtotal + taxAmount - discountAmount"),
        Invariant("amountDue = totalAmount - amountPaid, 0 <= amountPaid <= totalAmount",
                  "SELECT id FROM invoices WHERE amountDue <> totalAmount - amountPaid "
                  "OR amountPaid < 0 OR amountPaid > totalAmount"),
        Invariant("amountPaid equals the sum of the invoice's payments",
                  "SELECT i.id FROM invoices i LEFT JOIN payments p ON p.invoiceId = i.id "
                  "GROUP BY i.id, i.amountPaid HAVING i.amountPaid <> COALESCE(SUM(p.amount), 0)"),
        Invariant("PAID exactly when nothing is due; PARTIAL when partly paid",
                  "SELECT id, status FROM invoices WHERE (status = 'PAID') <> (amountPaid > 0 AND amountDue <= 0.01) "
                  "OR (status = 'PARTIAL') <> (amountPaid > 0 AND amountDue > 0.01)"),
        Invariant("dueDate is on or after invoiceDate", "SELECT id FROM invoices WHERE dueDate < invoiceDate"),
        Invariant("an order's invoice bills the order's client on its terms, dated with the order (a day's slack)",
                  "SELECT i.id FROM invoices i JOIN orders o ON o.id = i.referenceId WHERE i.referenceType = 'ORDER' "
                  "AND (i.customerId <> o.client_id OR i.paymentTerms <> o.paymentTerms "
                  "OR ABS(DATEDIFF(i.invoiceDate, COALESCE(o.confirmed_at, o.created_at))) > 1)"),
    ]

    @derived("customerId", after=["referenceId"])
    def customer(row, rng):
        return row.parent("referenceId")["client_id"]

    @derived("paymentTerms", after=["referenceId"])
    def terms(row, rng):
        return row.parent("referenceId")["paymentTerms"]

    @derived("createdAt", after=["referenceId"])
    def created(row, rng):
        order = row.parent("referenceId")
        return order["confirmed_at"] or order["created_at"]

    @derived("invoiceDate", after=["createdAt"])
    def invoice_date(row, rng):
        return row["createdAt"].date()

    @derived("dueDate", after=["invoiceDate", "paymentTerms"])
    def due_date(row, rng):
        return row["invoiceDate"] + timedelta(days=TERMS_DAYS.get(row["paymentTerms"], 30))


class InvoiceLineItems(TableRule):
    """Invoice lines: every invoice has at least one; most carry no line discount."""

    table = "invoiceLineItems"
    rows = param("orders") * 3
    references = [Ref("invoiceId", "invoices", pick="cover")]
    quantity = Use("number.range", low=1, high=40, decimals=0)
    unitPrice = Use("number.range", low=20, high=1500, decimals=2)
    discountPercent = Use.choice([0, 5, 10], weights=[85, 10, 5])
    taxRate = 0
    invariants = [
        Invariant("lineTotal = quantity x unitPrice x (1 - discountPercent/100)",
                  "SELECT id FROM invoiceLineItems "
                  "WHERE ABS(lineTotal - ROUND(quantity * unitPrice * (1 - discountPercent / 100), 2)) > 0.005"),
    ]

    @derived("lineTotal", after=["quantity", "unitPrice", "discountPercent"])
    def line_total(row, rng):
        gross = Decimal(row["quantity"]) * Decimal(row["unitPrice"])
        return money(gross * (1 - Decimal(row["discountPercent"]) / 100))
