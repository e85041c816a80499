"""Returns (DOMAIN 1.7, 2.5): return_share of the sale orders (at least one), each of a shipped order.

items = [{batchId, quantity}] for 1-3 of the order's lines, each quantity > 0 and at most what the line sold;
processed 1-30 days after the shipment (so after the order), never after the window's end; the reason is uniform
over the five of the enum.
"""

import json
from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, TableRule

REASONS = ["DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "CUSTOMER_CHANGED_MIND", "OTHER"]


def _returns(src, rng):
    end = src.window.end
    lines: dict = {}
    for line in src.rows("order_line_items"):
        lines.setdefault(line["order_id"], []).append(line)
    orders = src.rows("orders")
    sales = sum(o["orderType"] == "SALE" for o in orders)
    shipped = [o for o in orders if o["shipped_at"] is not None and o["shipped_at"] + timedelta(days=1) <= end
               and lines.get(o["id"])]
    out = []
    for o in rng.sample(shipped, min(len(shipped), max(1, round(sales * src.param("return_share"))))):
        items = []
        for line in rng.sample(lines[o["id"]], rng.randint(1, min(3, len(lines[o["id"]])))):
            ordered = Decimal(line["quantity"])
            qty = max(Decimal("0.1"), round(ordered * Decimal(rng.uniform(0.2, 1)), 1))
            if ordered == ordered.to_integral_value():
                qty = max(Decimal(1), qty.to_integral_value())
            items.append({"batchId": line["batch_id"], "quantity": float(min(qty, ordered))})
        processed = min(end, o["shipped_at"] + timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 8)))
        out.append({"order_id": o["id"], "items": json.dumps(items), "returnReason": rng.choice(REASONS),
                    "processed_at": processed})
    return out


class Returns(TableRule):
    """Returns of shipped orders, a few of them."""

    table = "returns"
    reads = ("orders", "order_line_items")
    expand = _returns
    invariants = [
        Invariant("a return names batches its order sold, 0 < quantity <= what was sold",
                  "SELECT r.id FROM returns r, JSON_TABLE(r.items, '$[*]' COLUMNS (batchId INT PATH '$.batchId', "
                  "qty DECIMAL(12, 2) PATH '$.quantity')) j WHERE j.qty IS NULL OR j.qty <= 0 OR j.qty > (SELECT "
                  "COALESCE(SUM(l.quantity), 0) FROM order_line_items l WHERE l.order_id = r.order_id AND l.batch_id = j.batchId)"),
        Invariant("a return is of a shipped SALE order, processed after the shipment",
                  "SELECT r.id FROM returns r JOIN orders o ON o.id = r.order_id WHERE o.orderType <> 'SALE' "
                  "OR o.fulfillmentStatus <> 'SHIPPED' OR r.processed_at <= o.shipped_at"),
        Invariant("returns are 0.2-12% of the sale orders (default 0.5%, chaos 3%, edge 10%; at least one)",
                  "SELECT COUNT(*) / (SELECT COUNT(*) FROM orders WHERE orderType = 'SALE') AS share FROM returns "
                  "HAVING (SELECT COUNT(*) FROM orders WHERE orderType = 'SALE') >= 40 AND share NOT BETWEEN 0.002 AND 0.12"),
    ]
