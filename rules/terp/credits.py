"""Customer credits and their applications (DOMAIN 2.6): amounts are VARCHAR decimal strings.

amountUsed = the sum of the credit's applications; amountRemaining = creditAmount - amountUsed; FULLY_USED exactly
when nothing remains, PARTIALLY_USED when some is used, else ACTIVE (EXPIRED once past its expirationDate as of its
last change). A credit expires 180 days after it is issued; it is applied between its issue and its expiry (and the
window's end), to a base transaction of its client where the client has one (creditApplications.invoiceId ->
transactions.id).
"""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Rollup, TableRule, Use, derived, money


def _status(credit: dict, apps: list) -> str:
    used, total = Decimal(credit["amountUsed"]), Decimal(credit["creditAmount"])
    if used > 0:
        return "FULLY_USED" if total - used <= 0 else "PARTIALLY_USED"
    return "EXPIRED" if credit["expirationDate"] <= credit["updatedAt"] else "ACTIVE"


class Credits(TableRule):
    """Issued credits: 180 days to use them; used by their applications."""

    table = "credits"
    creditAmount = Use("number.decimal_string", low=50, high=2000, decimals=2)
    creditReason = Use.choice(["Returned goods", "Pricing adjustment", "Goodwill", "Overpayment"], weights=[40, 25, 20, 15])
    amountUsed = "0"        # placeholders: the rollups over creditApplications compute them
    amountRemaining = "0"
    creditStatus = "ACTIVE"
    rollups = [
        Rollup.sum("amountUsed", child="creditApplications", via="creditId", of="amountApplied"),
        Rollup("amountRemaining", child="creditApplications", via="creditId",
               fn=lambda c, apps: money(Decimal(c["creditAmount"]) - Decimal(c["amountUsed"]))),
        Rollup("creditStatus", child="creditApplications", via="creditId", fn=_status),
    ]
    invariants = [
        Invariant("credit amountUsed = sum of its applications; amountRemaining = creditAmount - amountUsed >= 0",
                  "SELECT c.id FROM credits c LEFT JOIN creditApplications a ON a.creditId = c.id "
                  "GROUP BY c.id, c.amountUsed, c.amountRemaining, c.creditAmount "
                  "HAVING CAST(c.amountUsed AS DECIMAL(12, 2)) <> COALESCE(SUM(CAST(a.amountApplied AS DECIMAL(12, 2))), 0) "
                  "OR CAST(c.amountRemaining AS DECIMAL(12, 2)) <> CAST(c.creditAmount AS DECIMAL(12, 2)) "
                  "- CAST(c.amountUsed AS DECIMAL(12, 2)) OR CAST(c.amountRemaining AS DECIMAL(12, 2)) < 0"),
        Invariant("FULLY_USED exactly when nothing remains; PARTIALLY_USED when partly used; ACTIVE/EXPIRED unused",
                  "SELECT id FROM credits WHERE (creditStatus = 'FULLY_USED') <> (amountRemaining + 0 <= 0) "
                  "OR (creditStatus = 'PARTIALLY_USED') <> (amountUsed + 0 > 0 AND amountRemaining + 0 > 0) "
                  "OR (creditStatus IN ('ACTIVE', 'EXPIRED') AND amountUsed + 0 <> 0)"),
        Invariant("a credit is applied after it is issued and by its expiry",
                  "SELECT a.id FROM creditApplications a JOIN credits c ON c.id = a.creditId "
                  "WHERE a.appliedDate < c.createdAt OR a.appliedDate > c.expirationDate"),
    ]

    @derived("expirationDate", after=["createdAt"])
    def expires(row, rng):
        return row["createdAt"] + timedelta(days=180)


def _applications(src, rng):
    by_client: dict = {}
    txns = src.rows("transactions")
    for t in txns:
        by_client.setdefault(t["clientId"], []).append(t["id"])
    out = []
    for c in src.rows("credits"):
        total = Decimal(c["creditAmount"])
        roll = rng.random()
        parts = [] if roll < 0.35 or not txns else [total] if roll < 0.55 else \
            [money(total * Decimal(rng.uniform(0.2, 0.6)))] if roll < 0.8 else \
            [money(total * Decimal(rng.uniform(0.1, 0.4))), money(total * Decimal(rng.uniform(0.1, 0.4)))]
        last = min(c["expirationDate"], src.window.end)
        for amount in parts:
            if last <= c["createdAt"]:
                break
            own = by_client.get(c["clientId"])
            out.append({"creditId": c["id"], "amountApplied": format(amount, "f"),
                        "invoiceId": rng.choice(own) if own else rng.choice(txns)["id"],
                        "appliedDate": c["createdAt"] + (last - c["createdAt"]) * rng.random()})
    return out


class CreditApplications(TableRule):
    """A credit applied to a base transaction (invoiceId -> transactions, declared), never beyond the credit."""

    table = "creditApplications"
    reads = ("credits", "transactions")
    expand = _applications
