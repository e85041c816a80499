"""Warehouse locations and where each batch sits (DOMAIN 1.4, 2.4): the app's 9 default locations.

"Main Warehouse", Zones A/B/C x Rack 1 x Shelf 1 (Bins 1, 2) and Shelf 2 (Bin 1). Each batch has one
batchLocations row (intake writes one), naming one of those locations and holding the batch's onHandQty.
"""

from seeder.ruleset import Invariant, Ref, TableRule, derived, param

LOCATIONS = [("Main Warehouse", f"Zone {z}", "Rack 1", shelf, b)
             for z in "ABC" for shelf, b in (("Shelf 1", "Bin 1"), ("Shelf 1", "Bin 2"), ("Shelf 2", "Bin 1"))]
PARTS = ("site", "zone", "rack", "shelf", "bin")


class Locations(TableRule):
    """The default storage locations, all active."""

    table = "locations"
    rows = len(LOCATIONS)
    fixtures = [dict(zip(PARTS, loc, strict=True), isActive=1) for loc in LOCATIONS]


def _part(i: int):
    def pick(row, rng):
        return LOCATIONS[(row["batchId"] * 7 + row["id"]) % len(LOCATIONS)][i]
    return pick


class BatchLocations(TableRule):
    """One place per batch, a default location, holding the batch's onHand (batches: 2 per lot)."""

    table = "batchLocations"
    rows = param("lots") * 2     # as many as batches (cover gives each batch its row)
    references = [Ref("batchId", "batches", pick="cover")]
    site = derived("site", after=["batchId", "id"])(_part(0))
    zone = derived("zone", after=["batchId", "id"])(_part(1))
    rack = derived("rack", after=["batchId", "id"])(_part(2))
    shelf = derived("shelf", after=["batchId", "id"])(_part(3))
    bin = derived("bin", after=["batchId", "id"])(_part(4))
    invariants = [
        Invariant("the quantities stored for a batch add up to its onHandQty",
                  "SELECT b.id, b.onHandQty, SUM(l.qty) FROM batches b LEFT JOIN batchLocations l ON l.batchId = b.id "
                  "GROUP BY b.id, b.onHandQty HAVING COALESCE(SUM(l.qty), 0) <> b.onHandQty + 0"),
        Invariant("a batch location names one of the locations rows",
                  "SELECT l.id FROM batchLocations l LEFT JOIN locations x ON x.site = l.site AND x.zone <=> l.zone "
                  "AND x.rack <=> l.rack AND x.shelf <=> l.shelf AND x.bin <=> l.bin WHERE x.id IS NULL"),
    ]

    @derived("qty", after=["batchId"])
    def qty(row, rng):
        return row.parent("batchId")["onHandQty"]

    @derived("createdAt", after=["batchId"])
    def created(row, rng):
        return row.parent("batchId")["createdAt"]
