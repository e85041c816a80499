"""Chart of accounts and fiscal periods (DOMAIN 1.9, 2.8).

The chart keeps the app's `seedDefaults` numbering (1000 Cash, 1100 AR, 1200 Inventory, 2000 AP, 3000 Owner's
Equity, 3100 Retained Earnings, 4000 Sales Revenue, 5000 COGS, 5100 Operating Expenses) and adds what the postings
and bank accounts need. The number range names the type (1xxx ASSET, 2xxx LIABILITY, 3xxx EQUITY, 4xxx REVENUE,
5xxx-6xxx EXPENSE); normalBalance is DEBIT for ASSET and EXPENSE, CREDIT otherwise, flipped for contra accounts
(Accumulated Depreciation, Sales Returns); a sub-account has its parent's type.

Fiscal periods are calendar months covering the window: no gaps, no overlaps; every past month is CLOSED (closedAt
a few days after its end, by user 1), the month holding the window's end (today) is the OPEN current period.
"""

from datetime import date, datetime, time, timedelta

from seeder.ruleset import Invariant, TableRule

# (number, name, type, normal balance, parent number, description)
CHART = [
    ("1000", "Cash", "ASSET", "DEBIT", None, "Operating cash: the primary checking account"),
    ("1010", "Savings Account", "ASSET", "DEBIT", "1000", "Business savings"),
    ("1020", "Petty Cash", "ASSET", "DEBIT", "1000", "Cash on hand for small purchases and reimbursements"),
    ("1100", "Accounts Receivable", "ASSET", "DEBIT", None, "Invoiced sales not yet collected"),
    ("1200", "Inventory", "ASSET", "DEBIT", None, "Goods held for sale, at cost"),
    ("1500", "Equipment", "ASSET", "DEBIT", None, "Furniture, vehicles and warehouse equipment"),
    ("1600", "Accumulated Depreciation", "ASSET", "CREDIT", "1500", "Contra asset of Equipment"),
    ("2000", "Accounts Payable", "LIABILITY", "CREDIT", None, "Vendor bills not yet paid"),
    ("2100", "Credit Card Payable", "LIABILITY", "CREDIT", None, "Business credit card balance"),
    ("2200", "Loans Payable", "LIABILITY", "CREDIT", None, None),
    ("2300", "Accrued Expenses", "LIABILITY", "CREDIT", None, None),
    ("2400", "Sales Tax Payable", "LIABILITY", "CREDIT", None, "Tax collected on invoices"),
    ("3000", "Owner's Equity", "EQUITY", "CREDIT", None, None),
    ("3100", "Retained Earnings", "EQUITY", "CREDIT", None, None),
    ("4000", "Sales Revenue", "REVENUE", "CREDIT", None, "Wholesale sales"),
    ("4100", "Sales Returns", "REVENUE", "DEBIT", "4000", "Contra revenue: returns and refunds"),
    ("4200", "Other Income", "REVENUE", "CREDIT", None, None),
    ("5000", "Cost of Goods Sold", "EXPENSE", "DEBIT", None, "Cost of the goods invoiced"),
    ("5100", "Operating Expenses", "EXPENSE", "DEBIT", None, "Parent of the operating expense accounts"),
    ("5200", "Bad Debt Expense", "EXPENSE", "DEBIT", None, "Receivables written off"),
    ("6000", "Salaries and Wages", "EXPENSE", "DEBIT", "5100", None),
    ("6100", "Rent", "EXPENSE", "DEBIT", "5100", None),
    ("6200", "Utilities", "EXPENSE", "DEBIT", "5100", None),
    ("6300", "Office Supplies", "EXPENSE", "DEBIT", "5100", None),
    ("6400", "Travel", "EXPENSE", "DEBIT", "5100", None),
    ("6500", "Marketing", "EXPENSE", "DEBIT", "5100", None),
    ("6600", "Insurance", "EXPENSE", "DEBIT", "5100", None),
    ("6700", "Depreciation", "EXPENSE", "DEBIT", "5100", None),
    ("6800", "Interest", "EXPENSE", "DEBIT", "5100", None),
    ("6900", "Professional Services", "EXPENSE", "DEBIT", "5100", None),
    ("6950", "Repairs and Maintenance", "EXPENSE", "DEBIT", "5100", None),
]
INDEX = {number: i for i, (number, *_rest) in enumerate(CHART)}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Accounts(TableRule):
    """The chart above, one row per account; the app's seedDefaults accounts are its first level."""

    table = "accounts"

    def expand(src, rng):
        """Rows in the chart's order; a sub-account points at its parent's key (src.first_key + its index)."""
        start = src.window.start - timedelta(days=30)
        return [{"accountNumber": number, "accountName": name, "accountType": kind, "normalBalance": normal,
                 "parentAccountId": None if parent is None else src.first_key + INDEX[parent],
                 "description": text, "isActive": True, "createdAt": start, "updatedAt": start}
                for number, name, kind, normal, parent, text in CHART]

    invariants = [
        Invariant("account type follows its number range; normal balance follows the type (contra accounts flip it)",
                  "SELECT id, accountNumber, accountType, normalBalance FROM accounts "
                  "WHERE accountType <> CASE LEFT(accountNumber, 1) WHEN '1' THEN 'ASSET' WHEN '2' THEN 'LIABILITY' "
                  "WHEN '3' THEN 'EQUITY' WHEN '4' THEN 'REVENUE' ELSE 'EXPENSE' END "
                  "OR (normalBalance = IF(accountType IN ('ASSET', 'EXPENSE'), 'DEBIT', 'CREDIT')) "
                  "= (accountName IN ('Accumulated Depreciation', 'Sales Returns'))"),
        Invariant("a sub-account has its parent's type, and is not its own parent",
                  "SELECT c.id FROM accounts c JOIN accounts p ON p.id = c.parentAccountId "
                  "WHERE c.accountType <> p.accountType OR c.id = p.id"),
    ]


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


class FiscalPeriods(TableRule):
    """One period per calendar month of the window; past months CLOSED by user 1 a few days after their end."""

    table = "fiscalPeriods"
    closedAt = None       # expand sets them for CLOSED periods; NULL for the open one
    closedBy = None

    def expand(src, rng):
        today = src.window.end
        first = src.window.start.date().replace(day=1)
        out = []
        while first <= today.date():
            last = _month_end(first)
            opened = datetime.combine(first, time(8, 0))
            row = {"periodName": f"{MONTHS[first.month - 1]} {first.year}", "startDate": first, "endDate": last,
                   "fiscalYear": first.year, "status": "OPEN", "closedAt": None, "closedBy": None,
                   "createdAt": opened, "updatedAt": opened}
            if last < today.date():   # a past month: closed once its books are done, never after today
                closed = datetime.combine(last + timedelta(days=rng.randint(3, 12)), time(rng.randint(9, 18), 0))
                closed = max(datetime.combine(last, time(23, 59)), min(closed, today))
                row.update(status="CLOSED", closedAt=closed, closedBy=1, updatedAt=closed)
            out.append(row)
            first = last + timedelta(days=1)
        return out

    invariants = [
        Invariant("fiscal periods do not overlap and start on or before they end",
                  "SELECT a.id, b.id AS other_id FROM fiscalPeriods a JOIN fiscalPeriods b ON a.id < b.id "
                  "AND a.startDate <= b.endDate AND b.startDate <= a.endDate "
                  "UNION ALL SELECT id, id FROM fiscalPeriods WHERE startDate > endDate"),
        Invariant("fiscal periods follow each other with no gap",
                  "SELECT a.id FROM fiscalPeriods a WHERE a.endDate < (SELECT MAX(endDate) FROM fiscalPeriods) "
                  "AND NOT EXISTS (SELECT 1 FROM fiscalPeriods b WHERE b.startDate = a.endDate + INTERVAL 1 DAY)"),
        Invariant("a CLOSED period has closedAt >= endDate and closedBy; an OPEN one neither; fiscalYear is its year",
                  "SELECT id FROM fiscalPeriods WHERE fiscalYear <> YEAR(startDate) "
                  "OR (status = 'CLOSED' AND (closedAt IS NULL OR closedBy IS NULL OR closedAt < endDate)) "
                  "OR (status = 'OPEN' AND (closedAt IS NOT NULL OR closedBy IS NOT NULL))"),
        Invariant("the latest period (holding today) is OPEN",
                  "SELECT id FROM fiscalPeriods WHERE status <> 'OPEN' "
                  "AND endDate = (SELECT MAX(endDate) FROM fiscalPeriods)"),
    ]
