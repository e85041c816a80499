"""Expense categories and the business's running costs (DOMAIN 2.10).

Categories are seedDefaults' tree (Utilities -> Electricity, Water, Gas, Internet/Phone; Payroll/Wages ->
Salaries, Benefits, Payroll Taxes; ...), each tied to its operating expense account (6xxx). Expenses follow a
monthly rhythm over the window: rent on the 1st, utilities, payroll twice a month, insurance, bookkeeping, and a
few irregular purchases, travel and marketing; together about OPEX_SHARE of the month's invoiced sales on
average (at least a small shop's costs). totalAmount = amount + taxAmount (tax only on goods); expenseNumber
EXP-{YYYY}-{6}, numbered per year in date order. Payment: CHECK and BANK_TRANSFER from checking, CREDIT_CARD on
the card (bankAccountId names it). Travel is paid by staff (CASH, no bank account) and reimbursable; most is
reimbursed from checking 3-20 days later (isReimbursed => isReimbursable, reimbursedAt >= expenseDate, by today).
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, TableRule, money

# (name, parent name, ledger account number)
CATEGORIES = [
    ("Rent/Lease", None, "6100"), ("Utilities", None, "6200"), ("Electricity", "Utilities", "6200"),
    ("Water", "Utilities", "6200"), ("Gas", "Utilities", "6200"), ("Internet/Phone", "Utilities", "6200"),
    ("Payroll/Wages", None, "6000"), ("Salaries", "Payroll/Wages", "6000"), ("Benefits", "Payroll/Wages", "6000"),
    ("Payroll Taxes", "Payroll/Wages", "6000"), ("Marketing/Advertising", None, "6500"),
    ("Digital Advertising", "Marketing/Advertising", "6500"), ("Print Advertising", "Marketing/Advertising", "6500"),
    ("Events & Sponsorships", "Marketing/Advertising", "6500"), ("Office Supplies", None, "6300"),
    ("Insurance", None, "6600"), ("Professional Services", None, "6900"), ("Legal", "Professional Services", "6900"),
    ("Accounting", "Professional Services", "6900"), ("Consulting", "Professional Services", "6900"),
    ("Travel", None, "6400"), ("Maintenance/Repairs", None, "6950"),
]
INDEX = {name: i for i, (name, *_rest) in enumerate(CATEGORIES)}

# (category, times a month (a float: the chance of one), day of month (0: any), low, high, method, taxed)
SCHEDULE = [
    ("Rent/Lease", 1, 1, 9000, 9000, "CHECK", False),
    ("Electricity", 1, 12, 900, 1700, "BANK_TRANSFER", False),
    ("Water", 1, 14, 120, 260, "BANK_TRANSFER", False),
    ("Gas", 1, 16, 150, 480, "BANK_TRANSFER", False),
    ("Internet/Phone", 1, 20, 389.99, 389.99, "CREDIT_CARD", False),
    ("Salaries", 1, 15, 21000, 23500, "BANK_TRANSFER", False),
    ("Salaries", 1, 28, 21000, 23500, "BANK_TRANSFER", False),
    ("Payroll Taxes", 1, 28, 3200, 3600, "BANK_TRANSFER", False),
    ("Benefits", 1, 5, 2800, 3100, "BANK_TRANSFER", False),
    ("Insurance", 1, 3, 1450, 1450, "CHECK", False),
    ("Accounting", 1, 25, 1200, 1800, "CHECK", False),
    ("Digital Advertising", 1, 0, 400, 1500, "CREDIT_CARD", False),
    ("Office Supplies", 2, 0, 40, 450, "CREDIT_CARD", True),
    ("Travel", 1.5, 0, 80, 900, "CASH", False),
    ("Maintenance/Repairs", 0.8, 0, 150, 2500, "CHECK", True),
    ("Print Advertising", 0.3, 0, 250, 1200, "CHECK", True),
    ("Events & Sponsorships", 0.25, 0, 1500, 6000, "CREDIT_CARD", False),
    ("Legal", 0.3, 0, 800, 4500, "CHECK", False),
    ("Consulting", 0.2, 0, 1000, 5000, "BANK_TRANSFER", False),
]
OPEX_SHARE = 0.18          # operating expenses / sales: a wholesaler keeping ~5 % of a 25 % margin
BASE_MONTH = sum((low + high) / 2 * times for _n, times, _d, low, high, _m, _t in SCHEDULE)


class ExpenseCategories(TableRule):
    """seedDefaults' categories in order; a child's parent is the category above it in the tree."""

    table = "expenseCategories"
    reads = ("accounts",)

    def expand(src, rng):
        """Rows in the list's order; a sub-category points at its parent's key (src.first_key + its index)."""
        ledger = {a["accountNumber"]: a["id"] for a in src.rows("accounts")}
        at = src.window.start - timedelta(days=30)
        return [{"categoryName": name, "ledgerAccountId": ledger.get(gl), "isActive": True, "createdAt": at,
                 "parentCategoryId": None if parent is None else src.first_key + INDEX[parent],
                 "updatedAt": at} for name, parent, gl in CATEGORIES]

    invariants = [
        Invariant("an expense category is one level deep, under a top category, and books to an expense account",
                  "SELECT c.id FROM expenseCategories c LEFT JOIN expenseCategories p ON p.id = c.parentCategoryId "
                  "LEFT JOIN accounts a ON a.id = c.ledgerAccountId "
                  "WHERE (c.parentCategoryId IS NOT NULL AND (p.id IS NULL OR p.parentCategoryId IS NOT NULL)) "
                  "OR a.accountType IS NULL OR a.accountType <> 'EXPENSE'"),
    ]


def _months(start: date, end: date):
    first = start.replace(day=1)
    while first <= end:
        yield first
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _day(first: date, day: int, rng) -> date:
    last = (date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)).day
    return first.replace(day=min(day, last) if day else rng.randint(1, last))


class Expenses(TableRule):
    """The monthly running costs of the window, in date order."""

    table = "expenses"
    reads = ("expenseCategories", "bankAccounts", "invoices")

    def expand(src, rng):
        start, today = src.window.start, src.window.end
        months = max(1, (today.year - start.year) * 12 + today.month - start.month + 1)
        sales = sum((Decimal(i["totalAmount"] or 0) for i in src.rows("invoices")), Decimal(0)) / months
        size = max(Decimal("0.2"), sales * Decimal(str(OPEX_SHARE)) / Decimal(str(BASE_MONTH)))
        category = {c["categoryName"]: c["id"] for c in src.rows("expenseCategories")}
        bank = {b["accountType"]: b["id"] for b in src.rows("bankAccounts")}
        made = []
        for first in _months(start.date(), today.date()):
            for name, times, day, low, high, method, taxed in SCHEDULE:
                count = int(times) + (rng.random() < times - int(times))
                for _ in range(count):
                    when = _day(first, day, rng)
                    if not start.date() <= when <= today.date():
                        continue
                    amount = money(Decimal(str(rng.uniform(low, high))) * size)
                    made.append((when, name, amount, method, taxed))
        made.sort(key=lambda m: m[:2])
        out, per_year = [], {}
        for when, name, amount, method, taxed in made:
            per_year[when.year] = per_year.get(when.year, 0) + 1
            number = f"EXP-{when.year}-{per_year[when.year]:06d}"
            tax = money(amount * Decimal(rng.choice([6, 7, 7.25, 8, 8.5])) / 100) if taxed else Decimal(0)
            reimbursable = method == "CASH"
            reimbursed = None
            if reimbursable and rng.random() < 0.85:
                paid_back = datetime.combine(when + timedelta(days=rng.randint(3, 20)), time(rng.randint(9, 17), 0))
                reimbursed = paid_back if paid_back <= today else None
            created = max(datetime.combine(when, time(0, 0)),
                          min(datetime.combine(when, time(rng.randint(8, 18), rng.randint(0, 59))), today))
            out.append({
                "expenseNumber": number, "expenseDate": when, "categoryId": category.get(name),
                "vendorId": None, "billId": None, "amount": amount, "taxAmount": tax, "totalAmount": amount + tax,
                "paymentMethod": method, "description": f"{name} - {when:%B %Y}",
                "bankAccountId": {"CHECK": bank.get("CHECKING"), "BANK_TRANSFER": bank.get("CHECKING"),
                                  "CREDIT_CARD": bank.get("CREDIT_CARD")}.get(method),
                "receiptUrl": f"https://files.terp.local/receipts/{number}.pdf" if rng.random() < 0.7 else None,
                "isReimbursable": reimbursable, "isReimbursed": reimbursed is not None, "reimbursedAt": reimbursed,
                "createdAt": created, "updatedAt": reimbursed or created,
            })
        return out

    invariants = [
        Invariant("expense totalAmount = amount + taxAmount; expenseNumber EXP-{year of expenseDate}-{6 digits}",
                  "SELECT id, expenseNumber FROM expenses WHERE totalAmount <> amount + taxAmount "
                  "OR amount <= 0 OR taxAmount < 0 "
                  "OR expenseNumber NOT REGEXP CONCAT('^EXP-', YEAR(expenseDate), '-[0-9]{6}$')"),
        Invariant("a reimbursed expense is reimbursable, reimbursed on or after its date",
                  "SELECT id FROM expenses WHERE (isReimbursed = 1 AND (isReimbursable = 0 OR reimbursedAt IS NULL "
                  "OR reimbursedAt < expenseDate)) OR (isReimbursed = 0 AND reimbursedAt IS NOT NULL)"),
    ]
