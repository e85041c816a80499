"""Inventory movements, legacy sales and COGS history (DOMAIN 2.4): quantities as decimal strings."""

from seeder.ruleset import Poly, Ref, TableRule, Use


class InventoryMovements(TableRule):
    """Stock movements; referenceType names the source row (MANUAL_ADJUSTMENT, WAREHOUSE_TRANSFER: none)."""

    table = "inventoryMovements"
    rows = 600  # an intake per batch, then sales and adjustments
    polymorphic = [Poly("referenceType", "referenceId", {
        "ORDER": "orders", "SALE": "transactions", "REFUND": "transactions", "RETURN": "returns",
        "REVERSAL": "inventoryMovements", "PO_RECEIPT": "purchaseOrders", "SAMPLE_REQUEST": "sampleRequests",
    })]
    inventoryMovementType = Use.choice(
        ["SALE", "INTAKE", "ADJUSTMENT", "RETURN", "TRANSFER", "SAMPLE", "QUARANTINE", "RELEASE_FROM_QUARANTINE",
         "DISPOSAL", "REFUND_RETURN"], weights=[45, 20, 10, 5, 5, 5, 3, 3, 2, 2])
    quantityChange = Use("number.decimal_string", low=-50, high=50, decimals=0)
    quantityBefore = Use("number.decimal_string", low=0, high=500, decimals=0)
    quantityAfter = Use("number.decimal_string", low=0, high=500, decimals=0)


class Sales(TableRule):
    """Legacy sales rows: customerId -> clients; cogsOverride is int 0/1."""

    table = "sales"
    references = [Ref("customerId", "clients")]
    cogsAtSale = Use("number.decimal_string", low=40, high=1980, decimals=2)
    cogsOverride = Use("bool.flag", true_share=0.05)


class CogsHistory(TableRule):
    """COGS changes of a batch; costs are VARCHAR decimals."""

    table = "cogsHistory"
    oldCogs = Use("number.decimal_string", low=40, high=1980, decimals=2)
    newCogs = Use("number.decimal_string", low=40, high=1980, decimals=2)
    changeType = Use.choice(["prospective", "retroactive", "both"], weights=[70, 20, 10])
