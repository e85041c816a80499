"""The books of the seeded TERP database (rules/terp: accounts.py, ledger.py, bank.py, expenses.py): a consistent
chart, monthly fiscal periods, a balanced posted ledger covering every business event, bank transactions that
mirror the payments, and expenses that add up; and every invariant of those files fails on data that breaks it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from itertools import pairwise

import pytest

from tests.rules.conftest import failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql

BOOKS = ("accounts.py", "ledger.py", "bank.py", "expenses.py")
WINDOW_END = datetime(2025, 10, 31)


def test_chart_of_accounts_keeps_the_seed_defaults_numbering(terp_seeded) -> None:
    chart = {n: (name, kind, normal) for n, name, kind, normal in
             terp_seeded.q("SELECT accountNumber, accountName, accountType, normalBalance FROM accounts")}
    assert {n: chart[n][:2] for n in ("1000", "1100", "1200", "2000", "3000", "3100", "4000", "5000", "5100")} == {
        "1000": ("Cash", "ASSET"), "1100": ("Accounts Receivable", "ASSET"), "1200": ("Inventory", "ASSET"),
        "2000": ("Accounts Payable", "LIABILITY"), "3000": ("Owner's Equity", "EQUITY"),
        "3100": ("Retained Earnings", "EQUITY"), "4000": ("Sales Revenue", "REVENUE"),
        "5000": ("Cost of Goods Sold", "EXPENSE"), "5100": ("Operating Expenses", "EXPENSE")}
    assert chart["4100"] == ("Sales Returns", "REVENUE", "DEBIT")         # contra revenue
    assert chart["1600"] == ("Accumulated Depreciation", "ASSET", "CREDIT")
    assert chart["5200"][0] == "Bad Debt Expense" and chart["2100"][0] == "Credit Card Payable"
    assert all(normal == ("DEBIT" if kind in ("ASSET", "EXPENSE") else "CREDIT")
               for n, (name, kind, normal) in chart.items() if n not in ("4100", "1600"))
    assert terp_seeded.scalar("SELECT COUNT(*) FROM accounts c JOIN accounts p ON p.id = c.parentAccountId "
                              "WHERE p.accountNumber = '5100' AND c.accountType = 'EXPENSE'") >= 10


def test_fiscal_periods_are_the_window_months_closed_but_the_current_one(terp_seeded) -> None:
    periods = terp_seeded.q("SELECT startDate, endDate, status, closedAt, closedBy, fiscalYear FROM fiscalPeriods "
                            "ORDER BY startDate")
    assert len(periods) == 22 and periods[0][0] == date(2024, 1, 1) and periods[-1][1] == date(2025, 10, 31)
    for (_, end, *_rest), (start, *_next) in pairwise(periods):
        assert (start - end).days == 1
    assert periods[-1][2:5] == ("OPEN", None, None)
    for start, end, status, closed_at, closed_by, year in periods[:-1]:
        assert status == "CLOSED" and closed_by == 1 and year == start.year
        assert datetime.combine(end, datetime.min.time()) <= closed_at <= WINDOW_END


def test_the_ledger_posts_every_event_as_a_balanced_pair(terp_seeded) -> None:
    q, scalar = terp_seeded.q, terp_seeded.scalar
    lines = scalar("SELECT COUNT(*) FROM ledgerEntries")
    issued = scalar("SELECT COUNT(*) FROM invoices WHERE status NOT IN ('DRAFT', 'VOID') AND totalAmount > 0")
    assert issued > 0 and lines >= 4 * issued   # invoice + COGS pairs; DOMAIN 1.10's 8,000+ with `full`
    assert scalar("SELECT COUNT(*) FROM ledgerEntries WHERE NOT ((debit > 0 AND credit = 0) "
                  "OR (credit > 0 AND debit = 0))") == 0
    assert q("SELECT SUM(debit) = SUM(credit) FROM ledgerEntries WHERE isPosted = 1") == [(1,)]
    assert scalar("SELECT COUNT(*) FROM ledgerEntries WHERE isPosted = 0 OR postedAt IS NULL OR postedBy IS NULL "
                  "OR isManual <> (referenceType = 'ADJUSTMENT')") == 0
    stems = q("SELECT LEFT(entryNumber, 14), GROUP_CONCAT(RIGHT(entryNumber, 2) ORDER BY id), SUM(debit) - SUM(credit)"
              " FROM ledgerEntries GROUP BY LEFT(entryNumber, 14)")
    assert {s[1] for s in stems} <= {"DR,CR", "DR,CR,TX"} and {s[2] for s in stems} == {Decimal(0)}
    assert all(s[0].startswith("JE-202") for s in stems)
    kinds = dict(q("SELECT referenceType, COUNT(*) FROM ledgerEntries GROUP BY referenceType"))
    assert set(kinds) == {"INVOICE", "ORDER", "PAYMENT", "BILL", "EXPENSE", "ADJUSTMENT"}
    assert kinds["ADJUSTMENT"] == 4   # the owner's opening capital in checking and savings
    assert kinds["INVOICE"] >= 2 * issued
    assert kinds["PAYMENT"] == 2 * scalar("SELECT COUNT(*) FROM payments WHERE amount > 0")
    # revenue and receivables: AR holds what the issued invoices still owe
    ar = scalar("SELECT SUM(l.debit - l.credit) FROM ledgerEntries l JOIN accounts a ON a.id = l.accountId "
                "WHERE a.accountNumber = '1100'")
    assert ar == scalar("SELECT SUM(i.totalAmount) FROM invoices i WHERE status NOT IN ('DRAFT', 'VOID')") - \
        scalar("SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.paymentType = 'RECEIVED' AND p.amount > 0")
    assert scalar("SELECT COUNT(*) FROM ledgerEntries e JOIN fiscalPeriods p ON p.id = e.fiscalPeriodId "
                  "WHERE e.entryDate BETWEEN p.startDate AND p.endDate") == lines


def test_bank_transactions_mirror_payments_and_the_balance_follows(terp_seeded) -> None:
    q, scalar = terp_seeded.q, terp_seeded.scalar
    assert q("SELECT accountName, accountType FROM bankAccounts ORDER BY id") == [
        ("Primary Checking", "CHECKING"), ("Business Savings", "SAVINGS"), ("Business Credit Card", "CREDIT_CARD")]
    assert scalar("SELECT COUNT(*) FROM bankTransactions t JOIN payments p ON p.id = t.paymentId "
                  "WHERE t.amount = p.amount AND t.transactionDate >= p.paymentDate "
                  "AND t.transactionDate <= DATE('2025-10-31') AND t.isReconciled = p.isReconciled") == \
        scalar("SELECT COUNT(*) FROM payments WHERE amount > 0") > 0
    assert scalar("SELECT COUNT(*) FROM bankTransactions WHERE isReconciled = 1 "
                  "AND reconciledAt >= transactionDate AND reconciledAt <= '2025-10-31'") == \
        scalar("SELECT COUNT(*) FROM bankTransactions WHERE isReconciled = 1") > 0
    balances = q("SELECT b.id, b.accountType, b.currentBalance, COALESCE(SUM(CASE WHEN t.transactionType IN "
                 "('DEPOSIT', 'INTEREST') THEN t.amount WHEN t.transactionType IN ('WITHDRAWAL', 'FEE') "
                 "THEN -t.amount END), 0) FROM bankAccounts b LEFT JOIN bankTransactions t ON t.bankAccountId = b.id "
                 "GROUP BY b.id, b.accountType, b.currentBalance")
    assert all(stored == formula for _, _, stored, formula in balances)
    assert next(b for _, kind, b, _ in balances if kind == "CREDIT_CARD") < 0   # charges owed on the card
    openings = q("SELECT a.accountType, t.amount, t.transactionDate FROM bankTransactions t JOIN bankAccounts a "
                 "ON a.id = t.bankAccountId WHERE t.referenceNumber LIKE 'OPENING-%' ORDER BY a.id")
    assert [(kind, day) for kind, _, day in openings] == [("CHECKING", date(2024, 1, 1)), ("SAVINGS", date(2024, 1, 1))]
    assert openings[0][1] >= 125000 and openings[1][1] >= 50000
    # the ledger's cash accounts (one per bank account) move exactly as the banks do
    gl = dict(q("SELECT b.id, SUM(l.debit - l.credit) FROM bankAccounts b JOIN ledgerEntries l "
                "ON l.accountId = b.ledgerAccountId GROUP BY b.id"))
    assert {i: b for i, _, b, _ in balances if b} == {i: b for i, b in gl.items() if b}


def test_expenses_add_up_over_the_window(terp_seeded) -> None:
    q, scalar = terp_seeded.q, terp_seeded.scalar
    assert scalar("SELECT COUNT(*) FROM expenses") > 22 * 12
    assert scalar("SELECT COUNT(*) FROM expenses WHERE totalAmount <> amount + taxAmount "
                  "OR expenseNumber NOT REGEXP CONCAT('^EXP-', YEAR(expenseDate), '-[0-9]{6}$') "
                  "OR expenseDate NOT BETWEEN '2024-01-01' AND '2025-10-31'") == 0
    assert scalar("SELECT COUNT(*) FROM expenses WHERE isReimbursed = 1 AND (isReimbursable = 0 "
                  "OR reimbursedAt < expenseDate OR reimbursedAt > '2025-10-31')") == 0
    assert scalar("SELECT COUNT(*) FROM expenses WHERE isReimbursed = 1") > 0
    tree = dict(q("SELECT c.categoryName, p.categoryName FROM expenseCategories c "
                  "LEFT JOIN expenseCategories p ON p.id = c.parentCategoryId"))
    assert tree["Electricity"] == "Utilities" and tree["Salaries"] == "Payroll/Wages" and tree["Rent/Lease"] is None
    assert scalar("SELECT COUNT(DISTINCT DATE_FORMAT(expenseDate, '%Y-%m')) FROM expenses "
                  "WHERE description LIKE 'Rent/Lease%'") == 22
    assert scalar("SELECT COUNT(*) FROM expenses e JOIN expenseCategories c ON c.id = e.categoryId "
                  "WHERE c.parentCategoryId IS NULL AND c.categoryName IN ('Utilities', 'Payroll/Wages')") == 0


def _id(seeded, sql: str) -> int:
    return int(seeded.scalar(sql))


def _bump_entry(seeded, kind: str, ref: int) -> str:
    """Both lines of one entry one more: the entry stays balanced, but no longer matches its source."""
    return (f"UPDATE ledgerEntries SET debit = debit + IF(debit > 0, 1, 0), credit = credit + IF(credit > 0, 1, 0) "
            f"WHERE referenceType = '{kind}' AND referenceId = {ref} "
            f"AND (entryNumber LIKE '%-DR' OR entryNumber LIKE '%-CR');")


def test_every_books_invariant_fails_on_data_that_breaks_it(terp_light) -> None:
    s = terp_light
    mine = {inv.name for where, inv in s.plan.rules.invariants() if where.split(":")[0].endswith(BOOKS)}
    assert len(mine) >= 20 and not set(failing_invariants(s.url)) & mine
    acct = dict(s.q("SELECT accountNumber, id FROM accounts"))
    invoice = _id(s, "SELECT MIN(id) FROM invoices WHERE status NOT IN ('DRAFT', 'VOID') AND totalAmount > 0")
    order = _id(s, f"SELECT referenceId FROM invoices WHERE id = {invoice}")
    pay1, pay2, pay3 = [p for (p,) in s.q("SELECT id FROM payments WHERE amount > 0 ORDER BY id LIMIT 3")]
    bill = _id(s, "SELECT MIN(referenceId) FROM ledgerEntries WHERE referenceType = 'BILL'")
    expense = _id(s, "SELECT MIN(id) FROM expenses WHERE bankAccountId IS NOT NULL")
    last_period = _id(s, "SELECT MAX(id) FROM fiscalPeriods")
    first_line = _id(s, "SELECT MIN(id) FROM ledgerEntries WHERE entryNumber LIKE '%-DR'")
    moved_line = _id(s, f"SELECT MIN(id) FROM ledgerEntries WHERE fiscalPeriodId < {last_period} AND id > {first_line}")
    last_line = _id(s, "SELECT MAX(id) FROM ledgerEntries")
    load_sql(s.url, "".join([
        "UPDATE accounts SET accountType = 'LIABILITY' WHERE accountNumber = '1200';",
        f"UPDATE accounts SET parentAccountId = {acct['1000']} WHERE accountNumber = '4100';",
        "UPDATE fiscalPeriods SET endDate = endDate + INTERVAL 1 DAY WHERE id = 1;",      # overlap and gap
        "UPDATE fiscalPeriods SET closedAt = startDate WHERE id = 2;",
        (f"UPDATE fiscalPeriods SET status = 'CLOSED', closedAt = endDate + INTERVAL 2 DAY, closedBy = 1 "
         f"WHERE id = {last_period};"),
        f"UPDATE ledgerEntries SET credit = 5 WHERE id = {first_line};",    # two-sided: entry, period, total
        f"UPDATE ledgerEntries SET fiscalPeriodId = fiscalPeriodId + 1 WHERE id = {moved_line};",
        f"UPDATE ledgerEntries SET postedBy = NULL WHERE id = {moved_line + 1};",
        "UPDATE ledgerEntries SET isManual = 1 WHERE referenceType = 'EXPENSE' LIMIT 1;",
        f"UPDATE ledgerEntries SET entryNumber = CONCAT('JX', SUBSTRING(entryNumber, 3)) WHERE id = {last_line};",
        _bump_entry(s, "INVOICE", invoice), _bump_entry(s, "ORDER", order), _bump_entry(s, "PAYMENT", pay1),
        _bump_entry(s, "BILL", bill), _bump_entry(s, "EXPENSE", expense),
        f"UPDATE bankTransactions SET transactionDate = transactionDate - INTERVAL 10 DAY WHERE paymentId = {pay1};",
        f"UPDATE bankTransactions SET paymentId = NULL WHERE paymentId = {pay2};",
        "UPDATE bankTransactions SET isReconciled = 1, reconciledAt = NULL WHERE paymentId IS NULL LIMIT 1;",
        f"UPDATE bankTransactions SET amount = amount + 1 WHERE paymentId = {pay3};",   # balance, mirror
        f"UPDATE bankAccounts SET ledgerAccountId = {acct['2000']} WHERE accountType = 'CHECKING';",
        f"UPDATE expenses SET totalAmount = totalAmount + 1 WHERE id = {expense};",
        "UPDATE expenses SET isReimbursable = 0 WHERE isReimbursed = 1 LIMIT 1;",
        f"UPDATE expenseCategories SET ledgerAccountId = {acct['1000']} WHERE categoryName = 'Legal';",
    ]))
    failed = failing_invariants(s.url)
    assert {name for name in failed if name in mine} == mine
