"""Bills (AP, DOMAIN 2.7)."""

from seeder.ruleset import Poly, TableRule, Use


class Bills(TableRule):
    """Vendor bills; referenceType LOT -> lots, PURCHASE_ORDER -> purchaseOrders (SERVICE has no table)."""

    table = "bills"
    polymorphic = [Poly("referenceType", "referenceId", {"LOT": "lots", "PURCHASE_ORDER": "purchaseOrders"})]
    status = Use.choice(["PAID", "PARTIAL", "PENDING", "APPROVED", "OVERDUE", "DRAFT", "VOID"],
                        weights=[50, 15, 12, 8, 8, 5, 2])
    paymentTerms = Use.choice(["Net 30", "Net 15", "Net 60", "Due on Receipt"], weights=[60, 15, 10, 15])
