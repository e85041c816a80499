"""Lots and batches (DOMAIN 1.5, 2.4): statuses, int 0/1 flags, quantities as decimal strings."""

from seeder.ruleset import TableRule, Use


class Lots(TableRule):
    """Intake lots, each from one vendor."""

    table = "lots"
    rows = 150


class Batches(TableRule):
    """Sellable batches; seed:new status mix, 90 % consignment, COGS and quantities as VARCHAR decimals."""

    table = "batches"
    rows = 300
    batchStatus = Use.choice(["LIVE", "SOLD_OUT", "AWAITING_INTAKE", "ON_HOLD", "QUARANTINED", "CLOSED",
                              "PHOTOGRAPHY_COMPLETE"], weights=[57, 15, 15, 5, 3, 2, 3])
    grade = Use.choice(["AAA", "AA", "A", None], weights=[30, 30, 30, 10])
    isSample = Use("bool.flag", true_share=0.05)
    sampleOnly = Use("bool.flag", true_share=0.02)
    sampleAvailable = Use("bool.flag", true_share=0.8)
    publishEcom = Use("bool.flag", true_share=0.1)
    publishB2b = Use("bool.flag", true_share=0.9)
    cogsMode = Use.choice(["FIXED", "RANGE"], weights=[90, 10])
    unitCogs = Use("number.decimal_string", low=40, high=1980, decimals=2)
    unitCogsMin = Use("number.decimal_string", low=40, high=999, decimals=2)      # disjoint from Max: min < max
    unitCogsMax = Use("number.decimal_string", low=1000, high=1980, decimals=2)
    paymentTerms = Use.choice(["CONSIGNMENT", "COD", "NET_30", "NET_15", "NET_7", "PARTIAL"],
                              weights=[85, 9, 3, 1, 1, 1])
    amountPaid = "0"  # consignment batches are unpaid until sold (COD would be unitCogs x qty: derived)
    onHandQty = Use("number.decimal_string", low=10, high=500, decimals=0)
    sampleQty = Use("number.decimal_string", low=0, high=5, decimals=1)
    reservedQty = "0"
    quarantineQty = "0"
    holdQty = "0"
    defectiveQty = "0"
