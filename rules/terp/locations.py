"""Warehouse locations and where each batch sits (DOMAIN 1.4, 2.4): site > zone > rack > shelf > bin."""

from seeder.ruleset import Invariant, Ref, TableRule, Use, derived

SITE = Use.choice(["Main Warehouse", "Overflow Warehouse"], weights=[85, 15])
ZONE = Use.choice(["Zone A", "Zone B", "Zone C"])
RACK = Use.choice(["Rack 1", "Rack 2", "Rack 3"], weights=[60, 25, 15])
SHELF = Use.choice(["Shelf 1", "Shelf 2"], weights=[60, 40])
BIN = Use.choice(["Bin 1", "Bin 2", "Bin 3"], weights=[50, 35, 15])


class Locations(TableRule):
    """Storage locations named like the app's defaults ("Main Warehouse", "Zone A", "Rack 1" ...)."""

    table = "locations"
    site, zone, rack, shelf, bin = SITE, ZONE, RACK, SHELF, BIN


class BatchLocations(TableRule):
    """One place per batch (as intake writes it), named like the locations rows, holding the batch's onHand."""

    table = "batchLocations"
    rows = 300            # one per batch: as many as batches.rows (cover gives each batch one row)
    references = [Ref("batchId", "batches", pick="cover")]
    site, zone, rack, shelf, bin = SITE, ZONE, RACK, SHELF, BIN
    invariants = [
        Invariant("the quantities stored for a batch add up to its onHandQty",
                  "SELECT b.id, b.onHandQty, SUM(l.qty) FROM batches b LEFT JOIN batchLocations l ON l.batchId = b.id "
                  "GROUP BY b.id, b.onHandQty HAVING COALESCE(SUM(l.qty), 0) <> b.onHandQty + 0"),
    ]

    @derived("qty", after=["batchId"])
    def qty(row, rng):
        return row.parent("batchId")["onHandQty"]

    @derived("createdAt", after=["batchId"])
    def created(row, rng):
        return row.parent("batchId")["createdAt"]
