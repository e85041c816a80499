"""Batches (DOMAIN 1.5, 2.4): statuses, int 0/1 flags, COGS and quantities as decimal strings.

A batch is priced from its product (flower by grow type, $/lb; other categories $/unit), created with its lot
(lots.py). What it received at intake is not stored: it is a fixed function of the batch id (`_received`), so the
quantity and the amount paid, computed in separate columns, agree. onHand = received less what was sold: all of
it when SOLD_OUT or CLOSED, none while AWAITING_INTAKE; reserved + quarantine + hold <= onHand. amountPaid =
unitCogs x received for COD and NET terms, 20-80 % of it for PARTIAL, 0 for CONSIGNMENT (paid as it sells).
"""

import random
from decimal import Decimal

from seeder.ruleset import Invariant, TableRule, Use, derived, money

GROW_PRICE = {"Indoor": 1800, "Greenhouse": 1200, "Outdoor": 800}    # $/lb, +/- 10 %
NON_FLOWER_PRICE = 50                                                # $/unit, +/- 20 %
EMPTY = ("SOLD_OUT", "CLOSED")
SELLABLE = ("LIVE", "PHOTOGRAPHY_COMPLETE")


def _num(value: Decimal | float | str) -> str:
    return format(money(value), "f")


def _share(row_id: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for a row, the same in every column that asks."""
    return random.Random(f"batches:{salt}:{row_id}").random()   # seeded by text: the same in every run


def _received(row) -> int:
    flower = row.parent("productId")["category"] == "Flower"
    low, high = (10, 500) if flower else (50, 1000)
    return low + int(_share(row["id"], 1) * (high - low + 1))


class Batches(TableRule):
    """Sellable batches: seed:new status mix, 85 % consignment, COGS and quantities as VARCHAR decimals."""

    table = "batches"
    rows = 300
    batchStatus = Use.choice(["LIVE", "SOLD_OUT", "AWAITING_INTAKE", "ON_HOLD", "QUARANTINED", "CLOSED",
                              "PHOTOGRAPHY_COMPLETE"], weights=[57, 15, 15, 5, 3, 2, 3])
    isSample = Use("bool.flag", true_share=0.05)
    sampleOnly = 0
    sampleAvailable = Use("bool.flag", true_share=0.8)
    cogsMode = Use.choice(["FIXED", "RANGE"], weights=[90, 10])
    paymentTerms = Use.choice(["CONSIGNMENT", "COD", "NET_30", "NET_15", "NET_7", "PARTIAL"],
                              weights=[85, 9, 3, 1, 1, 1])
    sampleQty = Use("number.decimal_string", low=0, high=5, decimals=1)
    defectiveQty = "0"
    invariants = [
        Invariant("codes BATCH-NNNNNN and skus SKU-{product}-{lot}-{n} name the batch's own product and lot",
                  "SELECT id, code, sku FROM batches WHERE code <> CONCAT('BATCH-', LPAD(id, GREATEST(6, LENGTH(id)), '0')) "
                  "OR sku <> CONCAT('SKU-', LPAD(productId, GREATEST(4, LENGTH(productId)), '0'), '-', "
                  "LPAD(lotId, GREATEST(4, LENGTH(lotId)), '0'), '-', LPAD(id, GREATEST(3, LENGTH(id)), '0'))"),
        Invariant("a batch is created with its lot",
                  "SELECT b.id FROM batches b JOIN lots l ON l.id = b.lotId WHERE b.createdAt < l.date"),
        Invariant("quantities are >= 0 and reserved + quarantine + hold <= onHand",
                  "SELECT id FROM batches WHERE LEAST(onHandQty + 0, sampleQty + 0, reservedQty + 0, quarantineQty + 0, "
                  "holdQty + 0, defectiveQty + 0) < 0 OR reservedQty + quarantineQty + holdQty > onHandQty + 0"),
        Invariant("onHand is 0 exactly when SOLD_OUT or CLOSED; QUARANTINED/ON_HOLD hold all of it",
                  "SELECT id, batchStatus, onHandQty FROM batches WHERE (onHandQty + 0 = 0) <> (batchStatus IN "
                  "('SOLD_OUT', 'CLOSED')) OR (batchStatus = 'QUARANTINED' AND quarantineQty <> onHandQty) "
                  "OR (batchStatus = 'ON_HOLD' AND holdQty <> onHandQty)"),
        Invariant("RANGE mode: unitCogsMin < unitCogs < unitCogsMax; FIXED: a unitCogs and no range",
                  "SELECT id FROM batches WHERE unitCogs IS NULL OR unitCogs + 0 <= 0 OR (cogsMode = 'RANGE' AND NOT "
                  "(unitCogsMin + 0 < unitCogs + 0 AND unitCogs + 0 < unitCogsMax + 0)) "
                  "OR (cogsMode = 'FIXED' AND (unitCogsMin IS NOT NULL OR unitCogsMax IS NOT NULL))"),
        Invariant("consignment unpaid, COD paid for at least what is on hand, PARTIAL partly paid",
                  "SELECT id, paymentTerms, amountPaid FROM batches WHERE (paymentTerms = 'CONSIGNMENT' AND amountPaid + 0 <> 0) "
                  "OR (paymentTerms = 'COD' AND amountPaid + 0 < unitCogs * onHandQty - 0.01) "
                  "OR (paymentTerms = 'PARTIAL' AND amountPaid + 0 <= 0)"),
        Invariant("flower batches are graded, others are not; only sellable batches are published",
                  "SELECT b.id FROM batches b JOIN products p ON p.id = b.productId WHERE "
                  "(b.grade IS NOT NULL) <> (p.category = 'Flower') OR ((b.publishB2b = 1 OR b.publishEcom = 1) "
                  "AND b.batchStatus NOT IN ('LIVE', 'PHOTOGRAPHY_COMPLETE'))"),
    ]

    @derived("code", after=["id"])
    def code(row, rng):
        return f"BATCH-{row['id']:06d}"

    @derived("sku", after=["id", "productId", "lotId"])
    def sku(row, rng):
        return f"SKU-{row['productId']:04d}-{row['lotId']:04d}-{row['id']:03d}"

    @derived("createdAt", after=["lotId"])
    def created(row, rng):
        return row.parent("lotId")["date"]

    @derived("grade", after=["productId"])
    def grade(row, rng):
        flower = row.parent("productId")["category"] == "Flower"
        return rng.choices(["AAA", "AA", "A"], [35, 35, 30])[0] if flower else None

    @derived("unitCogs", after=["productId"])
    def unit_cogs(row, rng):
        product = row.parent("productId")
        if product["category"] == "Flower":
            return _num(GROW_PRICE.get(product["subcategory"], 1200) * Decimal(rng.uniform(0.9, 1.1)))
        return _num(NON_FLOWER_PRICE * Decimal(rng.uniform(0.8, 1.2)))

    @derived("unitCogsMin", after=["cogsMode", "unitCogs"])
    def cogs_min(row, rng):
        return _num(Decimal(row["unitCogs"]) * Decimal("0.9")) if row["cogsMode"] == "RANGE" else None

    @derived("unitCogsMax", after=["cogsMode", "unitCogs"])
    def cogs_max(row, rng):
        return _num(Decimal(row["unitCogs"]) * Decimal("1.1")) if row["cogsMode"] == "RANGE" else None

    @derived("onHandQty", after=["id", "productId", "batchStatus"])
    def on_hand(row, rng):
        received = _received(row)
        if row["batchStatus"] in EMPTY:
            return "0"
        if row["batchStatus"] == "AWAITING_INTAKE":
            return str(received)
        return str(max(1, round(received * rng.uniform(0.1, 1.0))))

    @derived("reservedQty", after=["batchStatus", "onHandQty"])
    def reserved(row, rng):
        if row["batchStatus"] != "LIVE" or rng.random() >= 0.15:
            return "0"
        return str(int(int(row["onHandQty"]) * rng.uniform(0.1, 0.4)))

    @derived("quarantineQty", after=["batchStatus", "onHandQty"])
    def quarantined(row, rng):
        return row["onHandQty"] if row["batchStatus"] == "QUARANTINED" else "0"

    @derived("holdQty", after=["batchStatus", "onHandQty"])
    def held(row, rng):
        return row["onHandQty"] if row["batchStatus"] == "ON_HOLD" else "0"

    @derived("amountPaid", after=["id", "productId", "paymentTerms", "unitCogs"])
    def amount_paid(row, rng):
        owed = Decimal(row["unitCogs"]) * _received(row)
        share = {"CONSIGNMENT": 0, "PARTIAL": Decimal(rng.randint(20, 80)) / 100}.get(row["paymentTerms"], 1)
        return _num(owed * share)

    @derived("publishB2b", after=["batchStatus"])
    def b2b(row, rng):
        return int(row["batchStatus"] in SELLABLE and rng.random() < 0.9)

    @derived("publishEcom", after=["batchStatus"])
    def ecom(row, rng):
        return int(row["batchStatus"] in SELLABLE and rng.random() < 0.1)
