"""General ledger (DOMAIN 2.8): posted single-sided lines pointing at their business event."""

from seeder.ruleset import Poly, TableRule, Use


class LedgerEntries(TableRule):
    """Journal lines; referenceType names the source row (SALE, REFUND, COGS ids are transactions.id)."""

    table = "ledgerEntries"
    rows = 800  # two single-sided lines per invoice, at least
    polymorphic = [Poly("referenceType", "referenceId", {
        "INVOICE": "invoices", "BILL": "bills", "PAYMENT": "payments", "EXPENSE": "expenses",
        "SALE": "transactions", "REFUND": "transactions", "COGS": "transactions",
    })]
    isPosted = Use("bool.flag", true_share=0.95)
    isManual = Use("bool.flag", true_share=0.05)
