"""Payments (DOMAIN 2.6, 2.7): RECEIVED against invoices (AR) and SENT against bills (AP), in one table.

RECEIVED: customerId and invoiceId set, vendorId and billId NULL. A PAID invoice is paid in full, a quarter of them
in two instalments; a PARTIAL one 30-90 % of its total, once: so an invoice's payments never exceed what it owes.
Each payment is wanted on the invoice's last change (orders.py: 1-28 days after the order for prompt payers,
35-95 for chronic late ones; a first instalment part way there). SENT: vendorId and billId set, customerId and
invoiceId NULL; one payment of the amount a bill has paid (bills.py), wanted around its due date (by its last
change). Payment days are then spread so that every month of the window gets its share: the window has one
slot per payment, the k-th in the k-th equal slice (the first 30 days ramp up from 70 %: a young business collects
less), and in the order of the days wanted each payment takes the first free slot on or after its invoice or bill
date; so none comes before it, none after the window's end. Methods: CHECK 40, ACH 40, WIRE 20
(AR); ACH 50, CHECK 30, WIRE 20 (AP). A reconciled payment was reconciled 1-10 days after it was made.
"""

import random
from bisect import bisect, bisect_left
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Ref, TableRule, Use, money

CENT = Decimal("0.01")
AR_METHODS = (["CHECK", "ACH", "WIRE"], [40, 40, 20])
AP_METHODS = (["ACH", "CHECK", "WIRE"], [50, 30, 20])
BILL_TERMS = {"Net 30": 30, "Net 15": 15, "Net 60": 60, "Due on Receipt": 0}
RAMP_DAYS, RAMP_FROM = 30, 0.7


def _spread(wanted: list, start: date, end: date, rng: random.Random) -> list:
    """wanted: (day wanted, earliest day) pairs. The window gets one slot per payment, the k-th in the k-th equal
    slice (the first RAMP_DAYS ramp up from RAMP_FROM); in the order of the days wanted, each payment takes the
    first free slot on or after its earliest day. Monthly counts then follow the window, not the draws."""
    cum, total = [], 0.0
    for d in range((end - start).days + 1):
        total += RAMP_FROM + (1 - RAMP_FROM) * min(1, d / RAMP_DAYS)
        cum.append(total)
    n = len(wanted)
    slots = [start + timedelta(days=min(bisect(cum, (k + 0.35 + 0.3 * rng.random()) / n * total), len(cum) - 1))
             for k in range(n)]
    free = list(range(n + 1))          # free[k]: a pointer towards the first free slot >= k (path-halving)

    def first_free(k: int) -> int:
        while free[k] != k:
            free[k] = free[free[k]]
            k = free[k]
        return k

    days = [start] * n
    for i in sorted(range(n), key=lambda i: wanted[i]):
        k = first_free(bisect_left(slots, wanted[i][1]))
        days[i] = slots[k] if k < n else min(wanted[i][1], end)
        if k < n:
            free[k] = k + 1
    return days


def _received(invoices: list, rng: random.Random) -> list:
    """(payment dict, day wanted, earliest day) for every payment an invoice's fate calls for."""
    out = []
    for inv in invoices:
        if inv["status"] not in ("PAID", "PARTIAL"):
            continue
        total, issued = Decimal(inv["totalAmount"]), inv["invoiceDate"]
        last = max(inv["updatedAt"].date(), issued)
        if inv["status"] == "PARTIAL":
            parts = [min(total - 2 * CENT, max(CENT, money(total * rng.randint(30, 90) / 100)))]
        elif rng.random() < 0.25 and total > 1:
            first = money(total * Decimal(rng.uniform(0.3, 0.7)))
            parts = [first, total - first]
        else:
            parts = [total]
        for seq, amount in enumerate(parts):
            wanted = last if seq == len(parts) - 1 else issued + (last - issued) * rng.uniform(0.3, 0.7)
            out.append(({"paymentType": "RECEIVED", "customerId": inv["customerId"], "invoiceId": inv["id"],
                         "amount": amount, "paymentMethod": rng.choices(*AR_METHODS)[0]}, wanted, issued))
    return out


def _sent(bills: list, rng: random.Random) -> list:
    """(payment dict, day wanted, earliest day): one payment of what each bill has paid."""
    out = []
    for bill in bills:
        if Decimal(bill["amountPaid"]) <= 0:
            continue
        wanted = bill["billDate"] + timedelta(days=BILL_TERMS.get(bill["paymentTerms"], 30) + rng.randint(-7, 14))
        wanted = max(min(wanted, bill["updatedAt"].date()), bill["billDate"])
        out.append(({"paymentType": "SENT", "vendorId": bill["vendorId"], "billId": bill["id"],
                     "amount": Decimal(bill["amountPaid"]), "paymentMethod": rng.choices(*AP_METHODS)[0]},
                    wanted, bill["billDate"]))
    return out


def _payments(src, rng):
    start, end = src.window.start.date(), src.window.end.date()
    wanted = _received(src.rows("invoices"), rng) + _sent(src.rows("bills"), rng)    # one spread: all payments
    days = _spread([(w, e) for _, w, e in wanted], start, end, rng)
    made = [(day, pay) for (pay, _, _), day in zip(wanted, days, strict=True)]
    made.sort(key=lambda m: (m[0], m[1]["paymentType"], m[1].get("invoiceId") or 0, m[1].get("billId") or 0))
    out = []
    for day, pay in made:       # payments are numbered (by key) in the order they were made
        at = datetime.combine(day, time(9)) + timedelta(minutes=rng.randint(0, 480))
        reconciled = at + timedelta(days=rng.randint(1, 10))
        done = reconciled <= src.window.end and rng.random() < 0.85
        pay.update({"paymentDate": day, "createdAt": at, "isReconciled": done,
                    "reconciledAt": reconciled if done else None, "updatedAt": reconciled if done else at})
        out.append(pay)
    return out


class Payments(TableRule):
    """Every payment an invoice's or a bill's fate calls for, spread evenly over the window's months."""

    table = "payments"
    reads = ("invoices", "bills")
    expand = _payments
    references = [Ref("customerId", "clients")]
    invariants = [
        Invariant("a payment is positive, on or after its invoice or bill, and not in the future",
                  "SELECT p.id FROM payments p LEFT JOIN invoices i ON i.id = p.invoiceId LEFT JOIN bills b ON b.id = p.billId "
                  "WHERE p.amount <= 0 OR p.paymentDate < COALESCE(i.invoiceDate, b.billDate) OR p.paymentDate > CURDATE()"),
        Invariant("RECEIVED names an invoice and its customer, no bill or vendor; SENT a bill and its vendor only",
                  "SELECT p.id FROM payments p LEFT JOIN invoices i ON i.id = p.invoiceId LEFT JOIN bills b ON b.id = p.billId "
                  "WHERE (p.paymentType = 'RECEIVED' AND (i.id IS NULL OR NOT p.customerId <=> i.customerId "
                  "OR p.billId IS NOT NULL OR p.vendorId IS NOT NULL)) OR (p.paymentType = 'SENT' AND (b.id IS NULL "
                  "OR NOT p.vendorId <=> b.vendorId OR p.invoiceId IS NOT NULL OR p.customerId IS NOT NULL))"),
        Invariant("payments never exceed what the invoice or bill owes",
                  "SELECT COALESCE(p.invoiceId, p.billId) FROM payments p LEFT JOIN invoices i ON i.id = p.invoiceId "
                  "LEFT JOIN bills b ON b.id = p.billId GROUP BY p.paymentType, p.invoiceId, p.billId "
                  "HAVING SUM(p.amount) > MAX(COALESCE(i.totalAmount, b.totalAmount))"),
        Invariant("a reconciled payment has reconciledAt, on or after its payment date; an open one none",
                  "SELECT id FROM payments WHERE (isReconciled = 1) <> (reconciledAt IS NOT NULL) "
                  "OR DATE(reconciledAt) < paymentDate"),
        Invariant("the busiest whole month has at most 1.5x the payments of the quietest (or 2 more; first, last month "
                  "left out; not checked when most invoices are OVERDUE, as in edge: only young ones get paid)",
                  "SELECT MAX(n) / MIN(n) AS spread FROM (SELECT DATE_FORMAT(paymentDate, '%Y-%m') AS m, COUNT(*) AS n "
                  "FROM payments GROUP BY m) months WHERE m > (SELECT DATE_FORMAT(MIN(paymentDate), '%Y-%m') FROM payments) "
                  "AND m < (SELECT DATE_FORMAT(MAX(paymentDate), '%Y-%m') FROM payments) HAVING MAX(n) > 1.5 * MIN(n) "
                  "AND MAX(n) > MIN(n) + 2 AND (SELECT AVG(status = 'OVERDUE') FROM invoices) <= 0.5"),
    ]


class PaymentHistory(TableRule):
    """Vendor payments recorded against batches."""

    table = "paymentHistory"
    paymentMethod = Use.choice(["CHECK", "ACH", "WIRE", "CASH"], weights=[40, 30, 15, 15])
