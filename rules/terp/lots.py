"""Lots and the code sequences (DOMAIN 1.5, 2.17, 5): codes LOT-NNNNNN and BATCH-NNNNNN from the row id.

param("lots") lots, spread evenly over the window (lot i of n arrives at start + i/n of it, as the generator
dates them), each from one vendor and received against its own purchase order (purchasing.py: the PO has the
lot's id). The app issues the next codes from `sequences` (lot_code, batch_code): after the bulk seed,
currentValue is the largest suffix issued, so the next intake's code is new.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule, derived, param


class Lots(TableRule):
    """Intake lots, each from one vendor, coded LOT-NNNNNN and created when they arrive."""

    table = "lots"
    rows = param("lots")
    invariants = [Invariant("lots.createdAt is the lot's date", "SELECT id FROM lots WHERE createdAt <> date")]

    @derived("code", after=["id"])
    def code(row, rng):
        return f"LOT-{row['id']:06d}"

    @derived("date", after=["id"])
    def date(row, rng):
        """Evenly spread between 3 days after the start and 3 days before the end, in working hours."""
        start, end = row.window.start + timedelta(days=3), row.window.end - timedelta(days=3)
        share = (row["id"] - 1) / max(1, row.param("lots"))
        day = start + (end - start) * share
        return day.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59), second=0, microsecond=0)

    @derived("createdAt", after=["date"])
    def created(row, rng):
        return row["date"]


class Sequences(TableRule):
    """The app's code sequences (DOMAIN 5): set to the largest code issued, so the next intake issues the next one."""

    table = "sequences"
    reads = ("lots", "batches")
    invariants = [
        Invariant("each code sequence is at or above the largest code issued with its prefix",
                  "SELECT s.name, s.currentValue FROM sequences s WHERE s.name IN ('lot_code', 'batch_code') AND "
                  "s.currentValue < GREATEST((SELECT COALESCE(MAX(CAST(SUBSTRING(code, 5) AS UNSIGNED)), 0) FROM lots "
                  "WHERE s.name = 'lot_code' AND code LIKE 'LOT-%'), (SELECT COALESCE(MAX(CAST(SUBSTRING(code, 7) "
                  "AS UNSIGNED)), 0) FROM batches WHERE s.name = 'batch_code' AND code LIKE 'BATCH-%'))"),
        Invariant("the lot_code and batch_code sequences exist",
                  "SELECT 'missing' FROM DUAL WHERE (SELECT COUNT(*) FROM sequences "
                  "WHERE (name, prefix) IN (('lot_code', 'LOT-'), ('batch_code', 'BATCH-'))) < 2"),
    ]

    def expand(src, rng):
        """currentValue = the largest numeric suffix issued (codes carry the row id)."""
        top = {t: max((r["id"] for r in src.rows(t)), default=0) for t in ("lots", "batches")}
        return [{"name": "lot_code", "prefix": "LOT-", "currentValue": top["lots"]},
                {"name": "batch_code", "prefix": "BATCH-", "currentValue": top["batches"]}]
