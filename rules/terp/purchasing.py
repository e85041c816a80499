"""Purchase orders and their items (DOMAIN 2.17, 1.10 "150 POs matching lots").

Every lot was received against one purchase order, which has the lot's id: status RECEIVED, the lot's vendor,
orderDate 7-21 days before the lot, sentAt <= confirmedAt <= actualDeliveryDate = the lot's day. Its items are
the lot's batches, one each with the batch's id: productId, unitCost = unitCogs, quantityOrdered =
quantityReceived = the quantity the batch's INTAKE movement took in (movements.py). A few more POs are still
open (DRAFT, SENT, CONFIRMED) or CANCELLED, with nothing received. totalCost = quantityOrdered x unitCost,
subtotal = sum of totalCost, total = subtotal + tax + shipping; paymentDueDate = orderDate + the vendor's terms.
poNumber is PO-{YYYY}-{NNNN}, NNNN counting that year's POs in order.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Rollup, TableRule

TERMS_DAYS = {"Net 30": 30, "Net 15": 15, "Net 60": 60, "Due on Receipt": 0, "COD": 0}
OPEN = (["DRAFT", "SENT", "CONFIRMED", "CANCELLED"], [30, 30, 25, 15])


def _stamp(day, rng) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)))


class PurchaseOrders(TableRule):
    """One RECEIVED PO per lot (same id), plus about 5 % open or cancelled ones."""

    table = "purchaseOrders"
    reads = ("lots", "vendors")
    tax = 0
    subtotal = 0          # placeholders: the rollups below compute them once the items exist
    total = 0
    rollups = [
        Rollup.sum("subtotal", child="purchaseOrderItems", via="purchaseOrderId", of="totalCost"),
        Rollup("total", child="purchaseOrderItems", via="purchaseOrderId",
               fn=lambda po, items: po["subtotal"] + Decimal(po["tax"]) + Decimal(po["shipping"])),
    ]
    invariants = [
        Invariant("each lot was received on the purchase order with its id: same vendor, delivered on the lot's day",
                  "SELECT l.id FROM lots l LEFT JOIN purchaseOrders p ON p.id = l.id WHERE p.id IS NULL "
                  "OR p.vendorId <> l.vendorId OR p.purchaseOrderStatus <> 'RECEIVED' "
                  "OR p.actualDeliveryDate <> DATE(l.date) OR p.orderDate > DATE(l.date)"),
        Invariant("PO dates in order: orderDate <= sentAt <= confirmedAt <= actualDeliveryDate, as the status says",
                  "SELECT id FROM purchaseOrders WHERE sentAt < orderDate OR confirmedAt < sentAt "
                  "OR actualDeliveryDate < DATE(confirmedAt) OR (actualDeliveryDate IS NOT NULL) <> "
                  "(purchaseOrderStatus = 'RECEIVED') OR (purchaseOrderStatus = 'DRAFT' AND sentAt IS NOT NULL) "
                  "OR (purchaseOrderStatus IN ('CONFIRMED', 'RECEIVED') AND confirmedAt IS NULL)"),
        Invariant("PO subtotal = sum of item totalCost, total = subtotal + tax + shipping",
                  "SELECT p.id FROM purchaseOrders p LEFT JOIN (SELECT purchaseOrderId, SUM(totalCost) s "
                  "FROM purchaseOrderItems GROUP BY purchaseOrderId) i ON i.purchaseOrderId = p.id "
                  "WHERE p.subtotal <> ROUND(COALESCE(i.s, 0), 2) OR p.total <> p.subtotal + p.tax + p.shipping"),
    ]

    def expand(src, rng):
        vendors = {v["id"]: v for v in src.rows("vendors")}
        rows = []
        for lot in src.rows("lots"):
            day = lot["date"].date()
            ordered = day - timedelta(days=rng.randint(7, 21))
            sent = _stamp(ordered + timedelta(days=rng.randint(0, 2)), rng)
            confirmed = min(sent + timedelta(hours=rng.randint(2, 72)), datetime.combine(day, time(7, 0)))
            rows.append(_po(lot["id"], vendors[lot["vendorId"]], "RECEIVED", ordered, rng, sent, confirmed, day))
            rows[-1].update(notes=f"Received as {lot['code']}", updatedAt=lot["date"])
        last = max((r["id"] for r in rows), default=0)
        end = src.window.end.date()
        for i in range(max(2, len(rows) // 20)):
            status = rng.choices(*OPEN)[0]
            ordered = end - timedelta(days=rng.randint(1, 20 if status != "CANCELLED" else 400))
            sent = None if status == "DRAFT" else _stamp(ordered + timedelta(days=rng.randint(0, 1)), rng)
            confirmed = sent + timedelta(hours=rng.randint(2, 48)) if status == "CONFIRMED" else None
            rows.append(_po(last + 1 + i, rng.choice(list(vendors.values())), status, ordered, rng, sent, confirmed))
        counts: dict[int, int] = {}
        for r in sorted(rows, key=lambda r: (r["orderDate"], r["id"])):
            counts[r["orderDate"].year] = counts.get(r["orderDate"].year, 0) + 1
            r["poNumber"] = f"PO-{r['orderDate'].year}-{counts[r['orderDate'].year]:04d}"
        return rows


def _po(po_id, vendor, status, ordered, rng, sent=None, confirmed=None, delivered=None) -> dict:
    terms = vendor["paymentTerms"] or "Net 30"
    return {"id": po_id, "vendorId": vendor["id"], "purchaseOrderStatus": status, "orderDate": ordered,
            "expectedDeliveryDate": ordered + timedelta(days=rng.randint(7, 30)), "actualDeliveryDate": delivered,
            "paymentTerms": terms, "paymentDueDate": ordered + timedelta(days=TERMS_DAYS.get(terms, 30)),
            "sentAt": sent, "confirmedAt": confirmed, "shipping": rng.choice([0, 0, 0, 75, 150, 250]),
            "createdAt": _stamp(ordered, rng), "updatedAt": confirmed or sent or _stamp(ordered, rng),
            "intakeSessionId": None, "notes": None, "vendorNotes": None}


class PurchaseOrderItems(TableRule):
    """A received PO's items are its lot's batches (same id); an open PO orders 1-3 products, nothing received."""

    table = "purchaseOrderItems"
    reads = ("purchaseOrders", "batches", "inventoryMovements", "products")
    invariants = [
        Invariant("a received PO item is its batch: the lot's PO, product, unitCogs and the quantity taken in",
                  "SELECT i.id FROM purchaseOrderItems i JOIN purchaseOrders p ON p.id = i.purchaseOrderId "
                  "LEFT JOIN batches b ON b.id = i.id LEFT JOIN inventoryMovements m ON m.batchId = b.id "
                  "AND m.inventoryMovementType = 'INTAKE' WHERE p.purchaseOrderStatus = 'RECEIVED' AND (b.id IS NULL "
                  "OR b.lotId <> p.id OR b.productId <> i.productId OR i.unitCost <> b.unitCogs + 0 OR m.id IS NULL "
                  "OR i.quantityReceived <> m.quantityChange + 0 OR i.quantityOrdered <> i.quantityReceived)"),
        Invariant("item totalCost = quantityOrdered x unitCost; nothing received on an open or cancelled PO",
                  "SELECT i.id FROM purchaseOrderItems i JOIN purchaseOrders p ON p.id = i.purchaseOrderId "
                  "WHERE ABS(i.totalCost - i.quantityOrdered * i.unitCost) > 0.0001 OR i.quantityReceived < 0 "
                  "OR (p.purchaseOrderStatus <> 'RECEIVED' AND i.quantityReceived <> 0)"),
    ]

    def expand(src, rng):
        intake = {m["batchId"]: Decimal(m["quantityChange"]) for m in src.rows("inventoryMovements")
                  if m["inventoryMovementType"] == "INTAKE"}
        pos = src.rows("purchaseOrders")
        received = {p["id"] for p in pos if p["purchaseOrderStatus"] == "RECEIVED"}
        rows = []
        for b in src.rows("batches"):
            if b["lotId"] in received and b["id"] in intake:
                qty, cost = intake[b["id"]], Decimal(b["unitCogs"])
                rows.append({"id": b["id"], "purchaseOrderId": b["lotId"], "productId": b["productId"],
                             "quantityOrdered": qty, "quantityReceived": qty, "unitCost": cost,
                             "totalCost": qty * cost, "notes": f"Received as {b['code']}", "createdAt": b["createdAt"]})
        products = src.rows("products")
        next_id = max((r["id"] for r in rows), default=0) + 1
        for p in pos:
            if p["purchaseOrderStatus"] == "RECEIVED":
                continue
            for _ in range(rng.randint(1, 3)):
                product = rng.choice(products)
                flower = product["category"] == "Flower"
                qty = Decimal(rng.randint(10, 200) if flower else rng.randint(50, 500))
                cost = Decimal(rng.randint(700, 1900) if flower else rng.randint(40, 60))
                rows.append({"id": next_id, "purchaseOrderId": p["id"], "productId": product["id"],
                             "quantityOrdered": qty, "quantityReceived": Decimal(0), "unitCost": cost,
                             "totalCost": qty * cost, "notes": None, "createdAt": p["createdAt"]})
                next_id += 1
        return rows
