"""Purchase orders (DOMAIN 2.17)."""

from seeder.ruleset import TableRule, Use


class PurchaseOrders(TableRule):
    """POs to vendors, mostly received; paymentTerms is free text like the vendors' terms."""

    table = "purchaseOrders"
    purchaseOrderStatus = Use.choice(["RECEIVED", "RECEIVING", "CONFIRMED", "SENT", "DRAFT", "CANCELLED"],
                                     weights=[55, 10, 10, 10, 10, 5])
    paymentTerms = Use.choice(["Net 30", "Net 15", "Net 60", "Due on Receipt", "COD"], weights=[45, 15, 10, 15, 15])
