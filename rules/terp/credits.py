"""Customer credits and their applications (DOMAIN 2.6): amounts are VARCHAR decimal strings."""

from seeder.ruleset import TableRule, Use


class Credits(TableRule):
    """Issued credits; most still active or partly used."""

    table = "credits"
    amountUsed = Use("number.decimal_string", low=0, high=500, decimals=2)
    amountRemaining = Use("number.decimal_string", low=0, high=500, decimals=2)
    creditStatus = Use.choice(["ACTIVE", "PARTIALLY_USED", "FULLY_USED", "EXPIRED", "VOID"], weights=[40, 25, 20, 10, 5])


class CreditApplications(TableRule):
    """A credit applied to a base transaction (invoiceId -> transactions, declared)."""

    table = "creditApplications"
    amountApplied = Use("number.decimal_string", low=1, high=500, decimals=2)
