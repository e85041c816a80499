"""General ledger (DOMAIN 2.8, 1.10): every business event posted as a balanced journal entry.

Each entry is a pair of single-sided lines (debit > 0 and credit 0, or the reverse) numbered `{stem}-DR` and
`{stem}-CR` (stem JE-{YYYY}-{6}, per year in date order; an invoice's sales tax, when there is some, is a third
line `{stem}-TX`), dated the event's business date, in the fiscal period holding that date, posted (isPosted,
postedAt, postedBy) by the accounting staff. seedDefaults numbering (accounts.py):
  * invoice, not DRAFT or VOID (those are not issued / left out of AR): DR 1100 AR / CR 4000 Sales Revenue
    (and 2400 Sales Tax Payable) for totalAmount [INVOICE -> invoices];
  * its order's cost of sale, same day: DR 5000 COGS / CR 1200 Inventory for orders.total_cogs [ORDER -> orders];
  * payment RECEIVED: DR cash (the ledger account of the bank account it was deposited to) / CR 1100 AR;
    payment SENT: DR 2000 AP / CR cash [PAYMENT -> payments];
  * bill, not DRAFT or VOID: DR 1200 Inventory (goods: LOT, PURCHASE_ORDER) or 5100 Operating Expenses
    (SERVICE) / CR 2000 AP for totalAmount [BILL -> bills];
  * expense: DR its category's account / CR the account it was paid from (its bank account's ledger account:
    cash or the card) for totalAmount, or CR 2300 Accrued Expenses when staff paid it, then, on reimbursedAt,
    DR 2300 / CR cash (the reimbursement's bank account) [EXPENSE -> expenses];
  * the owner's opening capital, a manual journal (isManual): DR the bank account's ledger account / CR 3000
    Owner's Equity [ADJUSTMENT -> the opening bankTransactions row].
So debits equal credits per entry, per fiscal period and overall (the trial balance).
"""

from bisect import bisect_right
from datetime import datetime, time, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Poly, TableRule

UNISSUED = ("DRAFT", "VOID")
STAFF = 3   # the first users post the books
ZERO = Decimal(0)


def _amount(value) -> Decimal:
    return Decimal(value) if value is not None else Decimal(0)


def _postings(src):
    """(date, referenceType, referenceId, description, [(account id, debit, credit, suffix)]) per event."""
    gl = {a["accountNumber"]: a["id"] for a in src.rows("accounts")}
    bank_gl = {b["id"]: b["ledgerAccountId"] for b in src.rows("bankAccounts")}
    paid_into = {t["paymentId"]: bank_gl.get(t["bankAccountId"]) for t in src.rows("bankTransactions")
                 if t["paymentId"] is not None}
    expense_bank = {t["referenceNumber"]: bank_gl.get(t["bankAccountId"]) for t in src.rows("bankTransactions")
                    if t["paymentId"] is None}
    category_gl = {c["id"]: c["ledgerAccountId"] for c in src.rows("expenseCategories")}
    orders = {o["id"]: o for o in src.rows("orders")}
    cash = gl["1000"]
    out = []

    def pair(day, kind, ref, text, debit_account, credit_account, amount):
        out.append((day, kind, ref, text, [(debit_account, amount, ZERO, "DR"), (credit_account, ZERO, amount, "CR")]))

    for inv in src.rows("invoices"):
        total, tax = _amount(inv["totalAmount"]), _amount(inv["taxAmount"])
        if inv["status"] in UNISSUED or total <= 0 or inv["invoiceDate"] is None:
            continue
        lines = [(gl["1100"], total, ZERO, "DR"), (gl["4000"], ZERO, total - tax, "CR")]
        if tax > 0:
            lines.append((gl["2400"], ZERO, tax, "TX"))
        out.append((inv["invoiceDate"], "INVOICE", inv["id"], f"Invoice {inv['invoiceNumber']}", lines))
        order = orders.get(inv["referenceId"]) if inv["referenceType"] == "ORDER" else None
        if order is not None and _amount(order["total_cogs"]) > 0:
            pair(inv["invoiceDate"], "ORDER", order["id"], f"Cost of goods sold, order {order['order_number']}",
                 gl["5000"], gl["1200"], _amount(order["total_cogs"]))
    for p in src.rows("payments"):
        amount = _amount(p["amount"])
        if amount <= 0 or p["paymentDate"] is None:
            continue
        bank = paid_into.get(p["id"]) or cash
        if p["paymentType"] == "SENT":
            pair(p["paymentDate"], "PAYMENT", p["id"], f"Payment {p['paymentNumber']} sent", gl["2000"], bank, amount)
        else:
            pair(p["paymentDate"], "PAYMENT", p["id"], f"Payment {p['paymentNumber']} received", bank, gl["1100"],
                 amount)
    for b in src.rows("bills"):
        total = _amount(b["totalAmount"])
        if b["status"] in UNISSUED or total <= 0 or b["billDate"] is None:
            continue
        goods = b["referenceType"] in ("LOT", "PURCHASE_ORDER")
        pair(b["billDate"], "BILL", b["id"], f"Bill {b['billNumber']}", gl["1200"] if goods else gl["5100"],
             gl["2000"], total)
    for e in src.rows("expenses"):
        total = _amount(e["totalAmount"])
        if total <= 0:
            continue
        text = f"Expense {e['expenseNumber']}: {e['description']}"
        if e["bankAccountId"] is not None:   # paid from a bank account (its ledger account: cash or the card)
            paid_from = bank_gl.get(e["bankAccountId"]) or cash
        else:                                # paid by staff: owed to them until reimbursed
            paid_from = gl["2300"] if e["isReimbursable"] else gl["1020"]
        pair(e["expenseDate"], "EXPENSE", e["id"], text, category_gl.get(e["categoryId"]) or gl["5100"], paid_from,
             total)
        if e["bankAccountId"] is None and e["isReimbursable"] and e["isReimbursed"] and e["reimbursedAt"]:
            pair(e["reimbursedAt"].date(), "EXPENSE", e["id"], f"Reimbursement of {e['expenseNumber']}",
                 gl["2300"], expense_bank.get(e["expenseNumber"]) or cash, total)
    for t in src.rows("bankTransactions"):   # the owner's opening capital: a hand-made journal
        if t["paymentId"] is None and str(t["referenceNumber"]).startswith("OPENING-"):
            pair(t["transactionDate"], "ADJUSTMENT", t["id"], t["description"], bank_gl.get(t["bankAccountId"]),
                 gl["3000"], _amount(t["amount"]))
    return out


class LedgerEntries(TableRule):
    """Journal lines built from the invoices, orders, payments, bills and expenses of the run, in date order."""

    table = "ledgerEntries"
    reads = ("accounts", "fiscalPeriods", "users", "bankAccounts", "bankTransactions", "expenseCategories",
             "invoices", "orders", "payments", "bills", "expenses")
    polymorphic = [Poly("referenceType", "referenceId", {
        "INVOICE": "invoices", "ORDER": "orders", "PAYMENT": "payments", "BILL": "bills", "EXPENSE": "expenses",
        "ADJUSTMENT": "bankTransactions",
    })]

    def expand(src, rng):   # returns columns: the largest table of the pack
        today = src.window.end
        periods = sorted((p["startDate"], p["endDate"], p["id"]) for p in src.rows("fiscalPeriods"))
        starts = [p[0] for p in periods]
        staff = sorted(u["id"] for u in src.rows("users"))[:STAFF] or [1]
        kinds = {"ADJUSTMENT": 0, "INVOICE": 1, "ORDER": 2, "BILL": 3, "PAYMENT": 4, "EXPENSE": 5}
        names = ("entryNumber", "entryDate", "accountId", "debit", "credit", "description", "referenceType",
                 "referenceId", "fiscalPeriodId", "isManual", "postedAt", "postedBy", "createdAt")
        lines_out = []
        add = lines_out.append
        per_year, draw, clerks = {}, rng.random, len(staff)   # random() * n: randint's draws cost 5x as much
        for day, kind, ref, text, lines in sorted(_postings(src), key=lambda p: (p[0], kinds[p[1]], p[2])):
            at = bisect_right(starts, day) - 1
            if at < 0 or day > periods[at][1]:
                continue   # no period holds the date: the "posted" invariants name the event
            per_year[day.year] = per_year.get(day.year, 0) + 1
            stem = f"JE-{day.year}-{per_year[day.year]:06d}"
            midnight = datetime.combine(day, time(0, 0))
            created = max(midnight, min(midnight + timedelta(minutes=8 * 60 + int(draw() * 601)), today))
            posted = max(created, min(created + timedelta(minutes=int(draw() * 91)), today))
            clerk, period, is_manual = staff[int(draw() * clerks)], periods[at][2], kind == "ADJUSTMENT"
            for account, debit, credit, suffix in lines:
                add((f"{stem}-{suffix}", day, account, debit, credit, text, kind, ref, period, is_manual, posted,
                     clerk, created))
        cols = dict(zip(names, map(list, zip(*lines_out, strict=True)), strict=True)) if lines_out else \
            {name: [] for name in names}
        n = len(lines_out)
        return {**cols, "isPosted": [True] * n, "createdBy": cols["postedBy"]}

    invariants = [
        Invariant("a ledger line is single-sided: debit > 0 and credit 0, or the reverse",
                  "SELECT id, debit, credit FROM ledgerEntries "
                  "WHERE NOT ((debit > 0 AND credit = 0) OR (credit > 0 AND debit = 0))"),
        Invariant("an entryNumber is JE-{the year of its entryDate}-{6 digits}-{DR, CR or TX}",
                  "SELECT id, entryNumber, entryDate FROM ledgerEntries WHERE entryNumber NOT REGEXP "
                  "'^JE-[0-9]{4}-[0-9]{6}-(DR|CR|TX)$' OR LEFT(entryNumber, 7) <> CONCAT('JE-', YEAR(entryDate))"),
        # grouped by the stem as a number (one-to-one, with the format above): 0.16 s at 10x, by its text 0.45
        Invariant("each journal entry (lines sharing an entryNumber stem) balances, on one date and reference",
                  "SELECT CAST(SUBSTRING(entryNumber, 4, 4) AS UNSIGNED) * 1000000 "
                  "+ CAST(SUBSTRING(entryNumber, 9, 6) AS UNSIGNED) AS stem, SUM(debit), SUM(credit) "
                  "FROM ledgerEntries GROUP BY stem HAVING SUM(debit) <> SUM(credit) OR COUNT(*) < 2 "
                  "OR COUNT(DISTINCT entryDate) > 1 OR COUNT(DISTINCT referenceType, referenceId) > 1"),
        # per period, so overall: the trial balance (a line with no period is a group of its own)
        Invariant("trial balance: posted debits equal posted credits in every fiscal period, so in all",
                  "SELECT fiscalPeriodId, SUM(debit), SUM(credit) FROM ledgerEntries WHERE isPosted = 1 "
                  "GROUP BY fiscalPeriodId HAVING SUM(debit) <> SUM(credit)"),
        Invariant("a ledger line's fiscal period holds its entryDate",
                  "SELECT e.id, e.entryDate FROM ledgerEntries e LEFT JOIN fiscalPeriods p ON p.id = e.fiscalPeriodId "
                  "WHERE p.id IS NULL OR e.entryDate NOT BETWEEN p.startDate AND p.endDate"),
        Invariant("a posted line has postedAt (on or after its entryDate) and postedBy",
                  "SELECT id FROM ledgerEntries WHERE isPosted = 1 "
                  "AND (postedAt IS NULL OR postedBy IS NULL OR postedAt < entryDate)"),
        Invariant("only hand-made journals (ADJUSTMENT) are manual",
                  "SELECT id, referenceType FROM ledgerEntries WHERE isManual <> (referenceType = 'ADJUSTMENT')"),
        Invariant("every issued invoice is posted on its date: DR Accounts Receivable for its total",
                  "SELECT i.id, i.status, e.ar FROM invoices i LEFT JOIN (SELECT l.referenceId, "
                  "SUM(IF(a.accountNumber = '1100', l.debit, 0)) AS ar, MIN(l.entryDate) AS first, "
                  "MAX(l.entryDate) AS last FROM ledgerEntries l JOIN accounts a ON a.id = l.accountId "
                  "WHERE l.referenceType = 'INVOICE' GROUP BY l.referenceId) e ON e.referenceId = i.id "
                  "WHERE IF(i.status IN ('DRAFT', 'VOID') OR i.totalAmount <= 0, e.referenceId IS NOT NULL, "
                  "e.referenceId IS NULL OR e.ar <> i.totalAmount OR e.first <> i.invoiceDate "
                  "OR e.last <> i.invoiceDate)"),
        Invariant("every invoiced order's cost is posted with its invoice: DR COGS for total_cogs",
                  "SELECT o.id, e.cogs FROM invoices i JOIN orders o ON o.id = i.referenceId LEFT JOIN "
                  "(SELECT l.referenceId, SUM(IF(a.accountNumber = '5000', l.debit, 0)) AS cogs, "
                  "MIN(l.entryDate) AS first, MAX(l.entryDate) AS last FROM ledgerEntries l "
                  "JOIN accounts a ON a.id = l.accountId WHERE l.referenceType = 'ORDER' GROUP BY l.referenceId) e "
                  "ON e.referenceId = o.id WHERE i.referenceType = 'ORDER' "
                  "AND IF(i.status IN ('DRAFT', 'VOID') OR i.totalAmount <= 0 OR o.total_cogs <= 0, "
                  "e.referenceId IS NOT NULL, e.referenceId IS NULL OR e.cogs <> o.total_cogs "
                  "OR e.first <> i.invoiceDate OR e.last <> i.invoiceDate)"),
        Invariant("every payment is posted on its date: CR Accounts Receivable (received) or DR Accounts Payable "
                  "(sent) for its amount",
                  "SELECT p.id, e.ar, e.ap FROM payments p LEFT JOIN (SELECT l.referenceId, "
                  "SUM(IF(a.accountNumber = '1100', l.credit, 0)) AS ar, "
                  "SUM(IF(a.accountNumber = '2000', l.debit, 0)) AS ap, MIN(l.entryDate) AS first, "
                  "MAX(l.entryDate) AS last FROM ledgerEntries l JOIN accounts a ON a.id = l.accountId "
                  "WHERE l.referenceType = 'PAYMENT' GROUP BY l.referenceId) e ON e.referenceId = p.id "
                  "WHERE IF(p.amount <= 0, e.referenceId IS NOT NULL, e.referenceId IS NULL "
                  "OR IF(p.paymentType = 'SENT', e.ap, e.ar) <> p.amount "
                  "OR e.first <> p.paymentDate OR e.last <> p.paymentDate)"),
        Invariant("every issued bill is posted on its date: CR Accounts Payable for its total",
                  "SELECT b.id, b.status, e.ap FROM bills b LEFT JOIN (SELECT l.referenceId, "
                  "SUM(IF(a.accountNumber = '2000', l.credit, 0)) AS ap, MIN(l.entryDate) AS first, "
                  "MAX(l.entryDate) AS last FROM ledgerEntries l JOIN accounts a ON a.id = l.accountId "
                  "WHERE l.referenceType = 'BILL' GROUP BY l.referenceId) e ON e.referenceId = b.id "
                  "WHERE IF(b.status IN ('DRAFT', 'VOID') OR b.totalAmount <= 0, e.referenceId IS NOT NULL, "
                  "e.referenceId IS NULL OR e.ap <> b.totalAmount OR e.first <> b.billDate OR e.last <> b.billDate)"),
        Invariant("every expense is posted on its date: DR its category's account for its total",
                  "SELECT x.id, e.amount FROM expenses x JOIN expenseCategories c ON c.id = x.categoryId "
                  "LEFT JOIN (SELECT referenceId, accountId, SUM(debit) AS amount, MIN(entryDate) AS first, "
                  "MAX(entryDate) AS last FROM ledgerEntries WHERE referenceType = 'EXPENSE' AND debit > 0 "
                  "GROUP BY referenceId, accountId) e ON e.referenceId = x.id AND e.accountId = c.ledgerAccountId "
                  "WHERE e.referenceId IS NULL OR e.amount <> x.totalAmount "
                  "OR e.first <> x.expenseDate OR e.last <> x.expenseDate"),
    ]
