"""Scratch-pad notes and vendor notes (DOMAIN 2.12, 2.2).

A ticked scratch-pad note has completedAt, between its creation and its last update; an open one none.
A vendor note is written after the vendor was added.
"""

from seeder.ruleset import Invariant, TableRule, Use, derived


class ScratchPadNotes(TableRule):
    """Quick personal notes; a ticked one has completedAt, between its creation and its last update."""

    table = "scratch_pad_notes"
    isCompleted = Use("bool.flag", true_share=0.4)
    invariants = [
        Invariant("a scratch-pad note is completed exactly when it has completedAt, within its lifetime",
                  "SELECT id FROM scratch_pad_notes WHERE (completedAt IS NULL) = (isCompleted = 1) "
                  "OR completedAt < createdAt OR completedAt > updatedAt"),
    ]

    @derived("completedAt", after=["isCompleted", "createdAt", "updatedAt"])
    def completed(row, rng):
        return row["createdAt"] + (row["updatedAt"] - row["createdAt"]) * rng.random() if row["isCompleted"] else None


class VendorNotes(TableRule):
    """Notes on a vendor, written after the vendor was added."""

    table = "vendorNotes"
    note = Use.choice(["Prefers pickup on Tuesdays", "Sent updated price list", "Asked for COA before payment",
                       "Next harvest expected in three weeks", "Late on last delivery, follow up"])
    invariants = [
        Invariant("a vendor note is written after its vendor was added",
                  "SELECT n.id FROM vendorNotes n JOIN vendors v ON v.id = n.vendorId "
                  "WHERE n.createdAt < v.createdAt OR n.updatedAt < n.createdAt"),
    ]

    @derived("createdAt", after=["vendorId"])
    def created(row, rng):
        came = row.parent("vendorId")["createdAt"]
        return came + (row.window.end - came) * rng.random()

    @derived("updatedAt", after=["createdAt"])
    def updated(row, rng):
        return row["createdAt"] + (row.window.end - row["createdAt"]) * rng.random() * 0.2
