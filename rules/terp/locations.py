"""Warehouse locations and where each batch sits (DOMAIN 1.4, 2.4): site > zone > rack > shelf > bin."""

from seeder.ruleset import TableRule, Use

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
    """Where a batch's quantity is stored, named like the locations rows (by name, not by id)."""

    table = "batchLocations"
    site, zone, rack, shelf, bin = SITE, ZONE, RACK, SHELF, BIN
    qty = Use("number.decimal_string", low=1, high=500, decimals=0)
