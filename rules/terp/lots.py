"""Lots and the code sequences (DOMAIN 1.5, 5): codes LOT-NNNNNN and BATCH-NNNNNN from the row id.

The app issues the next codes from `sequences` (lot_code, batch_code): currentValue must be at least the largest
suffix seeded. No rollup reaches across unrelated tables, so currentValue is set high: SEQUENCE_START assumes
fewer than 100,000 lots and batches, and the invariant refuses a run that breaks the assumption.
"""

from seeder.ruleset import Invariant, TableRule, Use, derived

SEQUENCE_START = 100000


class Lots(TableRule):
    """Intake lots, each from one vendor, coded LOT-NNNNNN and created when they arrive."""

    table = "lots"
    rows = 150
    date = Use("temporal.created")
    invariants = [Invariant("lots.createdAt is the lot's date", "SELECT id FROM lots WHERE createdAt <> date")]

    @derived("code", after=["id"])
    def code(row, rng):
        return f"LOT-{row['id']:06d}"

    @derived("createdAt", after=["date"])
    def created(row, rng):
        return row["date"]


class Sequences(TableRule):
    """The app's code sequences (DOMAIN 5): the next intake issues codes above every seeded one."""

    table = "sequences"
    rows = 2
    fixtures = [{"name": "lot_code", "prefix": "LOT-", "currentValue": SEQUENCE_START},
                {"name": "batch_code", "prefix": "BATCH-", "currentValue": SEQUENCE_START}]
    invariants = [
        Invariant("each code sequence is above the largest code issued with its prefix",
                  "SELECT s.name, s.currentValue FROM sequences s WHERE s.name IN ('lot_code', 'batch_code') AND "
                  "s.currentValue < GREATEST((SELECT COALESCE(MAX(CAST(SUBSTRING(code, 5) AS UNSIGNED)), 0) FROM lots "
                  "WHERE s.name = 'lot_code' AND code LIKE 'LOT-%'), (SELECT COALESCE(MAX(CAST(SUBSTRING(code, 7) "
                  "AS UNSIGNED)), 0) FROM batches WHERE s.name = 'batch_code' AND code LIKE 'BATCH-%'))"),
        Invariant("the lot_code and batch_code sequences exist",
                  "SELECT 'missing' FROM DUAL WHERE (SELECT COUNT(*) FROM sequences "
                  "WHERE (name, prefix) IN (('lot_code', 'LOT-'), ('batch_code', 'BATCH-'))) < 2"),
    ]
