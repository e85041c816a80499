"""The workflow queue (DOMAIN 2.13): workflow_statuses and each queued batch's batch_status_history.

The six seeded statuses (fixtures, ids 1-6 in this order). A queued batch (batches.statusId set, inventory.py)
moved through the queue from intake: its history starts with NULL -> intake-queue after the batch was created,
each row's fromStatusId is the previous row's toStatusId, the timestamps increase (within three weeks of the
intake, never after the window), and the last toStatusId is batches.statusId. The step follows the batch's
status: on-hold exactly for ON_HOLD, ready-for-sale exactly for LIVE and PHOTOGRAPHY_COMPLETE.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule

STATUSES = [("Intake Queue", "intake-queue", "#6B7280"), ("Quality Check", "quality-check", "#F59E0B"),
            ("Lab Testing", "lab-testing", "#3B82F6"), ("Packaging", "packaging", "#8B5CF6"),
            ("Ready for Sale", "ready-for-sale", "#10B981"), ("On Hold", "on-hold", "#EF4444")]
PATHS = {  # final status id -> (paths through the queue, weights)
    1: ([[1]], [1]), 2: ([[1, 2]], [1]), 3: ([[1, 2, 3], [1, 3]], [60, 40]), 4: ([[1, 2, 3, 4]], [1]),
    5: ([[1, 3, 5], [1, 2, 4, 5], [1, 2, 5]], [40, 30, 30]),
    6: ([[1, 2, 6], [1, 2, 3, 6], [1, 2, 5, 6]], [40, 30, 30]),
}


class WorkflowStatuses(TableRule):
    """The six statuses the migration seeds, all active."""

    table = "workflow_statuses"
    rows = len(STATUSES)
    fixtures = [{"name": n, "slug": s, "color": c, "order": i + 1, "isActive": 1}
                for i, (n, s, c) in enumerate(STATUSES)]
    invariants = [
        Invariant("the six workflow statuses are seeded in their order",
                  "SELECT 'missing' FROM DUAL WHERE (SELECT COUNT(*) FROM workflow_statuses WHERE (slug, `order`) IN "
                  "(('intake-queue', 1), ('quality-check', 2), ('lab-testing', 3), ('packaging', 4), "
                  "('ready-for-sale', 5), ('on-hold', 6))) < 6"),
        Invariant("a queued batch is on-hold exactly when ON_HOLD, ready-for-sale exactly when LIVE or "
                  "PHOTOGRAPHY_COMPLETE",
                  "SELECT b.id, b.batchStatus, w.slug FROM batches b JOIN workflow_statuses w ON w.id = b.statusId "
                  "WHERE (w.slug = 'on-hold') <> (b.batchStatus = 'ON_HOLD') OR (w.slug = 'ready-for-sale') <> "
                  "(b.batchStatus IN ('LIVE', 'PHOTOGRAPHY_COMPLETE'))"),
    ]


class BatchStatusHistory(TableRule):
    """~3 moves per queued batch, from the intake queue to the batch's current step."""

    table = "batch_status_history"
    reads = ("batches",)
    invariants = [
        Invariant("a batch's history is a chain: first from NULL after the batch exists, then each fromStatusId "
                  "is the previous toStatusId, later than it",
                  "SELECT x.id FROM (SELECT id, batchId, fromStatusId f, createdAt, LAG(toStatusId) OVER w prev, "
                  "LAG(createdAt) OVER w prev_at, ROW_NUMBER() OVER w n FROM batch_status_history "
                  "WINDOW w AS (PARTITION BY batchId ORDER BY createdAt, id)) x JOIN batches b ON b.id = x.batchId "
                  "WHERE (x.n = 1 AND (x.f IS NOT NULL OR x.createdAt < b.createdAt)) "
                  "OR (x.n > 1 AND (NOT x.f <=> x.prev OR x.createdAt <= x.prev_at))"),
        Invariant("a batch's latest history row moved it to its statusId; unqueued batches have no history",
                  "SELECT b.id, b.statusId, h.toStatusId FROM batches b LEFT JOIN (SELECT batchId, toStatusId, "
                  "ROW_NUMBER() OVER (PARTITION BY batchId ORDER BY createdAt DESC, id DESC) rn "
                  "FROM batch_status_history) h ON h.batchId = b.id AND h.rn = 1 WHERE NOT b.statusId <=> h.toStatusId"),
    ]

    def expand(src, rng):
        rows = []
        end = src.window.end
        for b in src.rows("batches"):
            if b["statusId"] is None:
                continue
            paths, weights = PATHS[b["statusId"]]
            path = rng.choices(paths, weights)[0]
            span = max(timedelta(0), min(timedelta(days=21), end - b["createdAt"]))
            offsets = sorted(rng.random() for _ in path)
            offsets[0] = 0.0
            last, prev = None, None
            for step, share in zip(path, offsets, strict=True):
                at = b["createdAt"] + timedelta(minutes=1) + span * share
                at = at if last is None or at > last else last + timedelta(seconds=1)
                rows.append({"batchId": b["id"], "fromStatusId": prev, "toStatusId": step, "createdAt": at,
                             "notes": f"{STATUSES[prev - 1][0] if prev else 'New'} -> {STATUSES[step - 1][0]}"})
                last, prev = at, step
        rows.sort(key=lambda r: (r["createdAt"], r["batchId"]))
        return rows
