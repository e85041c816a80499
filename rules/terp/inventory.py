"""Batches (DOMAIN 1.5, 2.4, 2.13): statuses, int 0/1 flags, COGS and quantities as decimal strings.

Two batches per lot (every lot has one at least), created with the lot. A batch is priced from its product
(flower by grow type, $/lb; other categories $/unit); a flower batch's grade is its product's. Intake terms:
CONSIGNMENT for intake_consignment_share of batches (a low-discrepancy sequence over the ids, so the share holds
in small profiles too), COD for the rest. The stock ledger (inventoryMovements, movements.py) is what the
quantities roll up from: onHand = the last movement's quantityAfter; amountPaid = unitCogs x the INTAKE
quantity for COD, 0 for CONSIGNMENT (paid as it sells). The status drawn here is kept unless the ledger
contradicts it: a batch with sales is not AWAITING_INTAKE, a SOLD_OUT batch with stock left is LIVE.
reserved + quarantine + hold <= onHand (QUARANTINED / ON_HOLD hold all of it). The first workflow_items
batches are in the workflow queue (statusId, coupled to the status: workflow.py) and are drawn from the
statuses that hold stock; the others from a mix with more SOLD_OUT, so the whole follows seed:new's mix,
except AWAITING_INTAKE, which only the last month's batches are (mostly).
"""

import random
from decimal import Decimal

from seeder.ruleset import Invariant, Ref, Rollup, TableRule, Use, derived, money, param

GROW_PRICE = {"Indoor": 1800, "Greenhouse": 1200, "Outdoor": 800}    # $/lb, +/- 10 %
NON_FLOWER_PRICE = 50                                                # $/unit, +/- 20 %
EMPTY = ("SOLD_OUT", "CLOSED")
SELLABLE = ("LIVE", "PHOTOGRAPHY_COMPLETE")
QUEUE_MIX = (["LIVE", "ON_HOLD", "QUARANTINED", "PHOTOGRAPHY_COMPLETE"], [70, 12, 7, 11])
REST_MIX = (["LIVE", "SOLD_OUT", "CLOSED", "ON_HOLD", "QUARANTINED", "PHOTOGRAPHY_COMPLETE"], [38, 42, 8, 4, 3, 5])
RECENT_DAYS = 30          # batches of lots this recent are mostly still AWAITING_INTAKE
# workflow_statuses ids (fixtures, workflow.py): 1 intake-queue, 2 quality-check, 3 lab-testing, 4 packaging,
# 5 ready-for-sale, 6 on-hold
WORKFLOW_OF = {"LIVE": (5,), "PHOTOGRAPHY_COMPLETE": (5,), "ON_HOLD": (6,), "AWAITING_INTAKE": (1, 2),
               "QUARANTINED": (2, 3)}
GOLDEN = 0.6180339887498949


def _num(value: Decimal | float | str) -> str:
    return format(money(value), "f")


def qty(value: Decimal | int) -> str:
    """A quantity as the app writes it: a plain decimal string, no exponent, no trailing zeros."""
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _share(row_id: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for a row, the same in every column that asks."""
    return random.Random(f"batches:{salt}:{row_id}").random()   # seeded by text: the same in every run


def _ledger(moves: list) -> list:
    return sorted(moves, key=lambda m: (m["createdAt"], m["id"]))


def _status(batch: dict, moves: list) -> str:
    on_hand = Decimal(_ledger(moves)[-1]["quantityAfter"]) if moves else Decimal(0)
    sold = any(m["inventoryMovementType"] == "SALE" for m in moves)
    if batch["batchStatus"] in EMPTY and on_hand > 0 or batch["batchStatus"] == "AWAITING_INTAKE" and sold:
        return "LIVE"
    return batch["batchStatus"]


def _reserved(batch: dict, moves: list) -> str:
    if batch["batchStatus"] != "LIVE" or _share(batch["id"], 2) >= 0.15:
        return "0"
    return qty(int(Decimal(batch["onHandQty"]) * Decimal(0.1 + 0.3 * _share(batch["id"], 3))))


def _paid(batch: dict, moves: list) -> Decimal:
    if batch["paymentTerms"] == "CONSIGNMENT":
        return Decimal(0)
    received = sum((Decimal(m["quantityChange"]) for m in moves if m["inventoryMovementType"] == "INTAKE"),
                   Decimal(0))
    return money(Decimal(batch["unitCogs"]) * received)


def _workflow(batch: dict, moves: list) -> int | None:
    if batch["statusId"] is None:
        return None
    choices = WORKFLOW_OF.get(batch["batchStatus"], (4,))
    return choices[int(_share(batch["id"], 4) * len(choices))]


def _rollup(column: str, fn) -> Rollup:
    return Rollup(column, child="inventoryMovements", via="batchId", fn=fn)


class Batches(TableRule):
    """Sellable batches: seed:new status mix, 90 % consignment, COGS and quantities as VARCHAR decimals."""

    table = "batches"
    rows = param("lots") * 2
    references = [Ref("lotId", "lots", pick="cover")]
    isSample = Use("bool.flag", true_share=0.05)
    sampleOnly = 0
    sampleAvailable = Use("bool.flag", true_share=0.8)
    cogsMode = Use.choice(["FIXED", "RANGE"], weights=[90, 10])
    sampleQty = Use("number.decimal_string", low=0, high=5, decimals=1)
    defectiveQty = "0"
    onHandQty = "0"           # placeholders: the rollups below compute them from the stock ledger
    reservedQty = "0"
    quarantineQty = "0"
    holdQty = "0"
    amountPaid = "0"
    rollups = [
        _rollup("batchStatus", _status),
        _rollup("onHandQty", lambda b, moves: _ledger(moves)[-1]["quantityAfter"] if moves else "0"),
        _rollup("reservedQty", _reserved),
        _rollup("quarantineQty", lambda b, moves: b["onHandQty"] if b["batchStatus"] == "QUARANTINED" else "0"),
        _rollup("holdQty", lambda b, moves: b["onHandQty"] if b["batchStatus"] == "ON_HOLD" else "0"),
        _rollup("amountPaid", lambda b, moves: _num(_paid(b, moves))),
        _rollup("statusId", _workflow),
    ]
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
        Invariant("consignment unpaid, COD paid unitCogs x the quantity taken in, PARTIAL partly paid",
                  "SELECT b.id, b.paymentTerms, b.amountPaid FROM batches b LEFT JOIN inventoryMovements m "
                  "ON m.batchId = b.id AND m.inventoryMovementType = 'INTAKE' WHERE (b.paymentTerms = 'CONSIGNMENT' "
                  "AND b.amountPaid + 0 <> 0) OR (b.paymentTerms = 'COD' AND CAST(b.amountPaid AS DECIMAL(20,2)) <> "
                  "ROUND(CAST(b.unitCogs AS DECIMAL(20,4)) * CAST(m.quantityChange AS DECIMAL(20,4)), 2)) OR (b.paymentTerms = 'PARTIAL' AND b.amountPaid + 0 <= 0)"),
        Invariant("intake terms: CONSIGNMENT for 80-97 % of batches (intake_consignment_share 0.90), COD otherwise",
                  "SELECT COUNT(*), SUM(paymentTerms = 'CONSIGNMENT') FROM batches HAVING COUNT(*) > 0 AND "
                  "(SUM(paymentTerms = 'CONSIGNMENT') / COUNT(*) NOT BETWEEN 0.80 AND 0.97 "
                  "OR SUM(paymentTerms NOT IN ('CONSIGNMENT', 'COD')) > 0)"),
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
        """The product's grade: flower products are named "{strain} - {grow} - {grade}"."""
        product = row.parent("productId")
        return product["nameCanonical"].rsplit(" - ", 1)[-1] if product["category"] == "Flower" else None

    @derived("batchStatus", after=["id", "lotId"])
    def status(row, rng):
        """Recent batches are mostly awaiting intake; queued ones hold stock; the others may be sold out."""
        if (row.window.end - row.parent("lotId")["date"]).days < RECENT_DAYS and rng.random() < 0.7:
            return "AWAITING_INTAKE"
        return rng.choices(*(QUEUE_MIX if row["id"] <= row.param("workflow_items") else REST_MIX))[0]

    @derived("statusId", after=["id"])
    def queued(row, rng):
        """1 marks a batch of the workflow queue; the rollup puts it in the step its status says."""
        return 1 if row["id"] <= row.param("workflow_items") else None

    @derived("paymentTerms", after=["id"])
    def terms(row, rng):
        return "CONSIGNMENT" if row["id"] * GOLDEN % 1 < row.param("intake_consignment_share") else "COD"

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

    @derived("publishB2b", after=["batchStatus"])
    def b2b(row, rng):
        return int(row["batchStatus"] in SELLABLE and rng.random() < 0.9)

    @derived("publishEcom", after=["batchStatus"])
    def ecom(row, rng):
        return int(row["batchStatus"] in SELLABLE and rng.random() < 0.1)
