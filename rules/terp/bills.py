"""Bills and bill lines (AP, DOMAIN 2.7): money that adds up like invoices.

lineTotal = quantity x unitPrice x (1 - discountPercent/100); subtotal = sum of lines; taxAmount = subtotal x a
0-10 % rate; totalAmount = subtotal + taxAmount - discountAmount; amountDue = totalAmount - amountPaid; the status
follows the amounts; dueDate = billDate + terms. amountPaid is a fixed share of the total per bill (55 % paid in full,
15 % 20-80 %, the rest unpaid), and payments.py writes the SENT payments that pay it (amountPaid = the sum of the
bill's SENT payments: the payments are built from the bills, as a rollup over payments would order payments both
before and after the bills' lines). An unpaid bill is OVERDUE
once past its due date (as of its last update), else PENDING, APPROVED or DRAFT; a few are VOID. AP aging (PENDING,
PARTIAL, OVERDUE with something due) is thus the young bills and the ones in dispute.
"""

import random
from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Poly, Ref, Rollup, TableRule, Use, derived, money

CENT = Decimal("0.01")
TERMS_DAYS = {"Net 30": 30, "Net 15": 15, "Net 60": 60, "Due on Receipt": 0}
NOT_DUE_STATES = ["PENDING", "PENDING", "APPROVED", "DRAFT"]



def _share(row_id: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for a bill, the same in every rollup that asks."""
    return random.Random(f"bills:{salt}:{row_id}").random()   # seeded by text: the same in every run


def _paid(bill: dict, lines: list) -> Decimal:
    roll = _share(bill["id"], 1)
    if roll < 0.55:
        return bill["totalAmount"]
    return money(bill["totalAmount"] * Decimal(20 + int(_share(bill["id"], 2) * 61)) / 100) if roll < 0.7 else 0


def _status(bill: dict, lines: list) -> str:
    paid, total = bill["amountPaid"], bill["totalAmount"]
    if paid > 0:
        return "PAID" if total - paid <= CENT else "PARTIAL"
    if _share(bill["id"], 3) < 0.1:
        return "VOID"
    if bill["dueDate"] < bill["updatedAt"].date() - timedelta(days=1):
        return "OVERDUE"
    return NOT_DUE_STATES[int(_share(bill["id"], 5) * len(NOT_DUE_STATES))]


class Bills(TableRule):
    """Vendor bills; referenceType LOT -> lots, PURCHASE_ORDER -> purchaseOrders (SERVICE has no table)."""

    table = "bills"
    rows = 120
    polymorphic = [Poly("referenceType", "referenceId", {"LOT": "lots", "PURCHASE_ORDER": "purchaseOrders"})]
    paymentTerms = Use.choice(list(TERMS_DAYS), weights=[60, 15, 10, 15])
    discountAmount = 0
    subtotal = 0          # placeholders: the rollups below compute them once the lines exist
    taxAmount = 0
    totalAmount = 0
    amountPaid = 0
    amountDue = 0
    status = "DRAFT"
    rollups = [
        Rollup.sum("subtotal", child="billLineItems", via="billId", of="lineTotal"),
        Rollup("taxAmount", child="billLineItems", via="billId",
               fn=lambda bill, lines: money(bill["subtotal"] * int(_share(bill["id"], 4) * 41) / 400)),
        Rollup("totalAmount", child="billLineItems", via="billId",
               fn=lambda bill, lines: bill["subtotal"] + bill["taxAmount"] - bill["discountAmount"]),
        Rollup("amountPaid", child="billLineItems", via="billId", fn=_paid),
        Rollup("amountDue", child="billLineItems", via="billId",
               fn=lambda bill, lines: bill["totalAmount"] - bill["amountPaid"]),
        Rollup("status", child="billLineItems", via="billId", fn=_status),
    ]
    invariants = [
        Invariant("every bill has at least one line",
                  "SELECT b.id FROM bills b WHERE NOT EXISTS (SELECT 1 FROM billLineItems l WHERE l.billId = b.id)"),
        Invariant("bill subtotal equals the sum of its lines",
                  "SELECT b.id, b.subtotal FROM bills b JOIN billLineItems l ON l.billId = b.id "
                  "GROUP BY b.id, b.subtotal HAVING b.subtotal <> SUM(l.lineTotal)"),
        Invariant("bill totalAmount = subtotal + taxAmount - discountAmount, tax at most 10 %",
                  "SELECT id FROM bills WHERE totalAmount <> subtotal + taxAmount - discountAmount "
                  "OR taxAmount < 0 OR taxAmount > ROUND(subtotal * 0.1, 2)"),
        Invariant("bill amountDue = totalAmount - amountPaid, 0 <= amountPaid <= totalAmount",
                  "SELECT id FROM bills WHERE amountDue <> totalAmount - amountPaid "
                  "OR amountPaid < 0 OR amountPaid > totalAmount"),
        Invariant("bill amountPaid equals the sum of its SENT payments",
                  "SELECT b.id FROM bills b LEFT JOIN payments p ON p.billId = b.id AND p.paymentType = 'SENT' "
                  "GROUP BY b.id, b.amountPaid HAVING b.amountPaid <> COALESCE(SUM(p.amount), 0)"),
        Invariant("bill PAID exactly when nothing is due; PARTIAL when partly paid; other states unpaid",
                  "SELECT id, status FROM bills WHERE (status = 'PAID') <> (amountPaid > 0 AND amountDue <= 0.01) "
                  "OR (status = 'PARTIAL') <> (amountPaid > 0 AND amountDue > 0.01)"),
        Invariant("bill dueDate = billDate + terms; OVERDUE only past the due date (as of the last update)",
                  "SELECT id FROM bills WHERE dueDate <> billDate + INTERVAL CASE paymentTerms WHEN 'Net 15' THEN 15 "
                  "WHEN 'Net 60' THEN 60 WHEN 'Due on Receipt' THEN 0 ELSE 30 END DAY "
                  "OR (status = 'OVERDUE' AND dueDate > DATE(updatedAt))"),
    ]

    @derived("billDate", after=["createdAt"])
    def bill_date(row, rng):
        return row["createdAt"].date()

    @derived("dueDate", after=["billDate", "paymentTerms"])
    def due_date(row, rng):
        return row["billDate"] + timedelta(days=TERMS_DAYS[row["paymentTerms"]])


class BillLineItems(TableRule):
    """Bill lines: every bill has at least one; goods name their lot, most carry no discount."""

    table = "billLineItems"
    rows = 360
    references = [Ref("billId", "bills", pick="cover")]
    quantity = Use("number.range", low=1, high=50, decimals=0)
    unitPrice = Use("number.range", low=20, high=1500, decimals=2)
    discountPercent = Use.choice([0, 5, 10], weights=[85, 10, 5])
    taxRate = 0
    invariants = [
        Invariant("bill lineTotal = quantity x unitPrice x (1 - discountPercent/100)",
                  "SELECT id FROM billLineItems "
                  "WHERE ABS(lineTotal - ROUND(quantity * unitPrice * (1 - discountPercent / 100), 2)) > 0.005"),
        Invariant("a bill line is written with its bill",
                  "SELECT l.id FROM billLineItems l JOIN bills b ON b.id = l.billId WHERE l.createdAt <> b.createdAt"),
    ]

    @derived("lineTotal", after=["quantity", "unitPrice", "discountPercent"])
    def line_total(row, rng):
        gross = Decimal(row["quantity"]) * Decimal(row["unitPrice"])
        return money(gross * (1 - Decimal(row["discountPercent"]) / 100))

    @derived("createdAt", after=["billId"])
    def created(row, rng):
        return row.parent("billId")["createdAt"]

    @derived("description", after=["lotId"])
    def description(row, rng):
        lot = row.parent("lotId")
        return f"Goods received, lot {lot['code']}" if lot else rng.choice(["Freight", "Lab testing", "Packaging"])
