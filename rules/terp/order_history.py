"""Order fulfilment history (DOMAIN 2.5): each SALE order's moves PENDING -> PACKED -> SHIPPED, one row per
state it reached, at the time and by the user the order records for it; the last row is the order's
current fulfillmentStatus."""

from seeder.ruleset import Invariant, TableRule


class OrderStatusHistory(TableRule):
    """PENDING when confirmed (or created), PACKED at packed_at by packed_by, SHIPPED at shipped_at by shipped_by."""

    table = "order_status_history"
    reads = ("orders",)

    def expand(src, rng):
        out = []
        for o in src.rows("orders"):
            if o["orderType"] != "SALE":
                continue
            steps = [("PENDING", o["confirmed_at"] or o["created_at"], o["created_by"], "Order confirmed")]
            if o["packed_at"] is not None:
                steps.append(("PACKED", o["packed_at"], o["packed_by"], "Packed for shipping"))
            if o["shipped_at"] is not None:
                steps.append(("SHIPPED", o["shipped_at"], o["shipped_by"], "Shipped to the client"))
            out += [{"order_id": o["id"], "fulfillmentStatus": status, "changed_at": at, "changed_by": by,
                     "notes": note} for status, at, by, note in steps]
        return out

    invariants = [
        Invariant("every sale order's fulfilment history starts PENDING and ends at its fulfillmentStatus",
                  "SELECT o.id AS order_id FROM orders o LEFT JOIN (SELECT order_id, COUNT(*) AS n, "
                  "SUM(fulfillmentStatus = 'PENDING') AS pending, MAX(FIELD(fulfillmentStatus, 'PENDING', 'PACKED', "
                  "'SHIPPED')) AS last FROM order_status_history GROUP BY order_id) h ON h.order_id = o.id "
                  "WHERE o.orderType = 'SALE' AND (h.order_id IS NULL OR h.pending <> 1 "
                  "OR h.last <> FIELD(o.fulfillmentStatus, 'PENDING', 'PACKED', 'SHIPPED') OR h.n <> h.last)"),
        Invariant("a fulfilment move is dated when the order says: PACKED at packed_at, SHIPPED at shipped_at",
                  "SELECT h.id FROM order_status_history h JOIN orders o ON o.id = h.order_id WHERE "
                  "(h.fulfillmentStatus = 'PACKED' AND h.changed_at <> o.packed_at) "
                  "OR (h.fulfillmentStatus = 'SHIPPED' AND h.changed_at <> o.shipped_at) "
                  "OR (h.fulfillmentStatus = 'PENDING' AND h.changed_at < o.created_at)"),
    ]
