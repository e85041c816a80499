"""Bank accounts and their transactions (DOMAIN 1.9, 2.9).

The three accounts of the accounting seed: Primary Checking (its ledger account is 1000 Cash), Business Savings
(1010) and the Business Credit Card (2100 Credit Card Payable). Every payment with an amount reaches the bank: a
RECEIVED payment is a DEPOSIT, a SENT one a WITHDRAWAL, for the same amount, on the account the payment names
(checking when it names none or names the card: payments do not go through the card), dated the payment's day or
up to 3 days later (never after today), paymentId set; it is reconciled when the payment is, reconciledAt on or
after the transaction date. Expenses are WITHDRAWALs too (paymentId NULL, referenceNumber = expenseNumber): one
paid from a bank account (checking, or a charge on the card), or the reimbursement of a staff-paid expense, from
checking on reimbursedAt. Checking and savings open on the window's first day with the owner's capital (an
explicit opening DEPOSIT, paymentId NULL, referenceNumber OPENING-{id}): at least 125,000 / 50,000 (DOMAIN 1.9)
and enough that the account never drops below 25,000. currentBalance = the app's formula, sum(DEPOSIT +
INTEREST) - sum(WITHDRAWAL + FEE); the card's is negative (what is owed on it).
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Rollup, TableRule, money

ACCOUNTS = [   # (name, number, bank, type, ledger account number)
    ("Primary Checking", "****1234", "First National Bank", "CHECKING", "1000"),
    ("Business Savings", "****5678", "First National Bank", "SAVINGS", "1010"),
    ("Business Credit Card", "****9012", "Chase", "CREDIT_CARD", "2100"),
]
OPENING = {"CHECKING": Decimal(125000), "SAVINGS": Decimal(50000)}   # DOMAIN 1.9's balances, at least
CUSHION = Decimal(25000)
SIGN = {"DEPOSIT": 1, "INTEREST": 1, "WITHDRAWAL": -1, "FEE": -1, "TRANSFER": 0}


def _balance(account: dict, rows: list) -> Decimal:
    return money(sum((SIGN[r["transactionType"]] * Decimal(r["amount"]) for r in rows), Decimal(0)))


class BankAccounts(TableRule):
    """The business's three accounts, opened before the window; currentBalance follows their transactions."""

    table = "bankAccounts"
    reads = ("accounts",)
    rollups = [Rollup("currentBalance", child="bankTransactions", via="bankAccountId", fn=_balance)]

    def expand(src, rng):
        ledger = {a["accountNumber"]: a["id"] for a in src.rows("accounts")}
        opened = src.window.start - timedelta(days=45)
        return [{"accountName": name, "accountNumber": number, "bankName": bank, "accountType": kind,
                 "currency": "USD", "currentBalance": 0, "isActive": True, "ledgerAccountId": ledger.get(gl),
                 "notes": None, "createdAt": opened, "updatedAt": opened}
                for name, number, bank, kind, gl in ACCOUNTS]

    invariants = [
        Invariant("bank currentBalance = sum(DEPOSIT + INTEREST) - sum(WITHDRAWAL + FEE) of its transactions",
                  "SELECT b.id, b.currentBalance, t.balance FROM bankAccounts b LEFT JOIN (SELECT bankAccountId, "
                  "SUM(CASE WHEN transactionType IN ('DEPOSIT', 'INTEREST') THEN amount "
                  "WHEN transactionType IN ('WITHDRAWAL', 'FEE') THEN -amount ELSE 0 END) AS balance "
                  "FROM bankTransactions GROUP BY bankAccountId) t ON t.bankAccountId = b.id "
                  "WHERE b.currentBalance <> COALESCE(t.balance, 0)"),
        Invariant("a bank account's ledger account is an asset (a card: a liability)",
                  "SELECT b.id FROM bankAccounts b LEFT JOIN accounts a ON a.id = b.ledgerAccountId "
                  "WHERE a.id IS NULL OR a.accountType <> IF(b.accountType = 'CREDIT_CARD', 'LIABILITY', 'ASSET')"),
    ]


def _cleared(day, today: datetime, rng) -> tuple:
    """(transaction date, time written): the bank shows it 0-3 days after the business event, by today."""
    when = min(day + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3])), max(day, today.date()))
    return when, max(datetime.combine(when, time(0, 0)), min(datetime.combine(when, time(17, 0)), today))


def _reconciled(day, today: datetime, rng):
    """The statement date that reconciled a transaction dated `day`: 5-35 days later, by today."""
    return max(datetime.combine(day, time(12, 0)) if day < today.date() else datetime.combine(day, time(0, 0)),
               min(datetime.combine(day + timedelta(days=rng.randint(5, 35)), time(12, 0)), today))


def _statement(paid_side, day, today: datetime, rng):
    """The payment's own reconciliation time when it fits (on or after the bank date, by today), else one."""
    if isinstance(paid_side, datetime) and datetime.combine(day, time(0, 0)) <= paid_side <= today:
        return paid_side
    return _reconciled(day, today, rng)


def _openings(moves: list, kinds: dict, start: datetime) -> list:
    """The owner's capital deposited on the window's first day into checking and savings: at least the
    accounting seed's balances, and enough that the account never runs below a cushion."""
    out = []
    for account, kind in sorted(kinds.items()):
        if kind not in OPENING:
            continue
        low = running = Decimal(0)
        for t in moves:
            if t["bankAccountId"] == account:
                running += SIGN[t["transactionType"]] * Decimal(t["amount"])
                low = min(low, running)
        amount = max(OPENING[kind], ((CUSHION - low) / 5000).to_integral_value(rounding="ROUND_CEILING") * 5000)
        out.append({"bankAccountId": account, "transactionDate": start.date(), "transactionType": "DEPOSIT",
                    "amount": money(amount), "paymentId": None, "description": "Opening balance: owner's capital",
                    "referenceNumber": f"OPENING-{account}", "isReconciled": True,
                    "reconciledAt": start + timedelta(hours=12), "createdAt": start})
    return out


class BankTransactions(TableRule):
    """One transaction per payment and per expense paid from a bank account, in date order."""

    table = "bankTransactions"
    reads = ("payments", "expenses", "bankAccounts")

    def expand(src, rng):
        today = src.window.end
        kinds = {b["id"]: b["accountType"] for b in src.rows("bankAccounts")}
        banks = {i for i, kind in kinds.items() if kind != "CREDIT_CARD"}
        checking = min((i for i, kind in kinds.items() if kind == "CHECKING"), default=None)
        out = []
        for p in src.rows("payments"):
            if p["amount"] is None or Decimal(p["amount"]) <= 0 or p["paymentDate"] is None:
                continue
            day, written = _cleared(p["paymentDate"], today, rng)
            done = bool(p["isReconciled"])
            out.append({"bankAccountId": p["bankAccountId"] if p["bankAccountId"] in banks else checking,
                        "transactionDate": day, "amount": p["amount"], "paymentId": p["id"],
                        "transactionType": "DEPOSIT" if p["paymentType"] == "RECEIVED" else "WITHDRAWAL",
                        "description": ("Customer payment " if p["paymentType"] == "RECEIVED" else "Vendor payment ")
                        + str(p["paymentNumber"]),
                        "referenceNumber": p["referenceNumber"] or p["paymentNumber"],
                        "isReconciled": done, "reconciledAt": _statement(p["reconciledAt"], day, today, rng) if done
                        else None, "createdAt": written})
        for e in src.rows("expenses"):
            if Decimal(e["totalAmount"]) <= 0:
                continue
            if e["bankAccountId"] in kinds:
                account, (day, written) = e["bankAccountId"], _cleared(e["expenseDate"], today, rng)
            elif e["isReimbursed"] and e["reimbursedAt"] is not None and checking is not None:
                account, (day, written) = checking, _cleared(e["reimbursedAt"].date(), today, rng)
            else:
                continue
            done = day + timedelta(days=20) < today.date() or rng.random() < 0.3
            out.append({"bankAccountId": account, "transactionDate": day, "amount": e["totalAmount"],
                        "transactionType": "WITHDRAWAL", "paymentId": None,
                        "description": e["description"] if e["bankAccountId"] else f"Reimbursement: {e['description']}",
                        "referenceNumber": e["expenseNumber"], "isReconciled": done,
                        "reconciledAt": _reconciled(day, today, rng) if done else None, "createdAt": written})
        out.sort(key=lambda r: (r["transactionDate"], r["createdAt"]))
        return _openings(out, kinds, src.window.start) + out

    invariants = [
        Invariant("a payment's bank transaction has its amount and direction, is dated on or after it, and is "
                  "reconciled when the payment is",
                  "SELECT t.id, p.id AS payment_id FROM bankTransactions t JOIN payments p ON p.id = t.paymentId "
                  "WHERE t.amount <> p.amount OR t.transactionDate < p.paymentDate "
                  "OR t.transactionType <> IF(p.paymentType = 'RECEIVED', 'DEPOSIT', 'WITHDRAWAL') "
                  "OR t.isReconciled <> p.isReconciled"),
        Invariant("every payment reaches the bank exactly once",
                  "SELECT p.id, t.n FROM payments p LEFT JOIN (SELECT paymentId, COUNT(*) AS n FROM bankTransactions "
                  "WHERE paymentId IS NOT NULL GROUP BY paymentId) t ON t.paymentId = p.id "
                  "WHERE p.amount > 0 AND COALESCE(t.n, 0) <> 1"),
        Invariant("bank amounts are positive; reconciled exactly when reconciledAt >= transactionDate is set",
                  "SELECT id FROM bankTransactions WHERE amount <= 0 "
                  "OR (isReconciled = 1 AND (reconciledAt IS NULL OR reconciledAt < transactionDate)) "
                  "OR (isReconciled = 0 AND reconciledAt IS NOT NULL)"),
    ]
