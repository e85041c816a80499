"""Client transactions (DOMAIN 2.2): the client ledger the app's stats, credit engine and AR aging read.

One INVOICE row per invoice that is not VOID (number, date and amount of the invoice; payment_status PAID, PARTIAL,
OVERDUE or PENDING as the invoice's status; payment_date / payment_amount its last payment and what it has paid),
one PAYMENT row per RECEIVED payment, and one REFUND row for refund_share of the sale orders (5 % of the order's
total, 1-60 days after the order, DOMAIN 1.7; never after the window's end).
"""

import json
from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, TableRule, money

STATUS = {"PAID": "PAID", "PARTIAL": "PARTIAL", "OVERDUE": "OVERDUE"}     # else PENDING
REFUND_REASONS = ["Pricing error", "Promotional discount applied late", "Customer satisfaction adjustment",
                  "Billing error", "Goodwill gesture"]


def _transactions(src, rng):
    received = [p for p in src.rows("payments") if p["paymentType"] == "RECEIVED"]
    last_paid: dict = {}
    for p in received:
        last_paid[p["invoiceId"]] = max(last_paid.get(p["invoiceId"], p["paymentDate"]), p["paymentDate"])
    out = []
    for inv in src.rows("invoices"):
        if inv["status"] == "VOID":
            continue
        paid = Decimal(inv["amountPaid"])
        out.append({"client_id": inv["customerId"], "transaction_type": "INVOICE",
                    "transaction_number": inv["invoiceNumber"], "transaction_date": inv["invoiceDate"],
                    "amount": inv["totalAmount"], "payment_status": STATUS.get(inv["status"], "PENDING"),
                    "payment_date": last_paid.get(inv["id"]), "payment_amount": paid if paid > 0 else None,
                    "metadata": json.dumps({"invoiceId": inv["id"]}), "created_at": inv["createdAt"],
                    "updated_at": inv["updatedAt"]})
    for p in received:
        out.append({"client_id": p["customerId"], "transaction_type": "PAYMENT", "transaction_number": p["paymentNumber"],
                    "transaction_date": p["paymentDate"], "amount": p["amount"], "payment_status": "PAID",
                    "payment_date": p["paymentDate"], "payment_amount": p["amount"],
                    "metadata": json.dumps({"paymentId": p["id"], "invoiceId": p["invoiceId"]}),
                    "created_at": p["createdAt"], "updated_at": p["createdAt"]})
    end = src.window.end
    sales = [o for o in src.rows("orders") if o["orderType"] == "SALE" and o["saleStatus"] != "CANCELLED"
             and o["created_at"] + timedelta(days=2) <= end]
    for o in rng.sample(sales, min(len(sales), round(len(sales) * src.param("refund_share")))):
        at = min(end, o["created_at"] + timedelta(days=rng.randint(1, 60)))
        amount = money(Decimal(o["total"]) * Decimal("0.05"))
        out.append({"client_id": o["client_id"], "transaction_type": "REFUND", "transaction_number": f"REF-{o['id']:06d}",
                    "transaction_date": at.date(), "amount": amount, "payment_status": "PAID",
                    "payment_date": at.date(), "payment_amount": amount, "notes": rng.choice(REFUND_REASONS),
                    "metadata": json.dumps({"orderId": o["id"]}), "created_at": at, "updated_at": at})
    return out


class ClientTransactions(TableRule):
    """The client ledger, built from the invoices, their payments and the refunds."""

    table = "client_transactions"
    reads = ("invoices", "payments", "orders")
    expand = _transactions
    invariants = [
        Invariant("an INVOICE transaction matches its invoice: client, number, date, amount, status and amount paid",
                  "SELECT t.id FROM client_transactions t LEFT JOIN invoices i ON i.invoiceNumber = t.transaction_number "
                  "WHERE t.transaction_type = 'INVOICE' AND (i.id IS NULL OR t.client_id <> i.customerId "
                  "OR t.transaction_date <> i.invoiceDate OR t.amount <> i.totalAmount "
                  "OR COALESCE(t.payment_amount, 0) <> i.amountPaid OR t.payment_status <> CASE WHEN i.status "
                  "IN ('PAID', 'PARTIAL', 'OVERDUE') THEN i.status ELSE 'PENDING' END)"),
        Invariant("every invoice but a VOID one has its INVOICE transaction, every RECEIVED payment its PAYMENT",
                  # anti-joins as LEFT JOINs: a hash join each (NOT EXISTS scanned the transactions per row)
                  "SELECT i.id FROM invoices i LEFT JOIN client_transactions t ON t.transaction_type = 'INVOICE' "
                  "AND t.transaction_number = i.invoiceNumber WHERE i.status <> 'VOID' AND t.id IS NULL UNION ALL "
                  "SELECT p.id FROM payments p LEFT JOIN client_transactions t ON t.transaction_type = 'PAYMENT' "
                  "AND t.transaction_number = p.paymentNumber AND t.amount = p.amount "
                  "AND t.transaction_date = p.paymentDate AND t.client_id = p.customerId "
                  "WHERE p.paymentType = 'RECEIVED' AND t.id IS NULL"),
    ]
