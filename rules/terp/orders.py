"""Orders (DOMAIN 1.6, 2.5): quote and sale shapes, fulfilment in time order, money rolled up from the lines.

Exactly param("orders") SALE orders, one QUOTE after every eight sales, created evenly over the window (every
calendar month gets its share). whale_revenue_share of the sales go to whale clients (spread evenly in time),
the rest to regulars; within each group a few clients buy most (Pareto). paymentTerms is CONSIGNMENT for
sales_consignment_share of the orders, else NET_30 (DOMAIN 1.1). saleStatus is the order's payment fate, which the
invoice and its payments follow (PAID <=> invoice PAID): overdue_share of the sales are OVERDUE (unpaid), of those
overdue_120_share more than 120 days past due at the window's end; chronically late payers (a fifth of the clients)
pay 35-95 days after the order, the others 1-28 days; an order whose payment would come after the window's end is
still PENDING; about 2 % are CANCELLED. updated_at is the order's last change (its last payment, for paid orders).
A QUOTE is a draft with a quoteStatus and no saleStatus, confirmation, due date or fulfilment; a SALE the
reverse. Each order lives between created_at and updated_at (its last change, never after the window's end; NULL:
never changed): confirmation, packing and shipping happen in that span, so an order too young to ship is PENDING.
subtotal = sum of line_total, total_cogs = sum of quantity x cogs_per_unit, total = subtotal + tax - discount,
total_margin = subtotal - total_cogs, avg_margin_percent = total_margin / subtotal x 100 (lines: order_lines.py).
"""

import functools
import random
from datetime import datetime, timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Rollup, TableRule, Use, derived, money

TERMS_DAYS = {"COD": 0, "NET_7": 7, "NET_15": 15, "NET_30": 30, "CONSIGNMENT": 30, "PARTIAL": 30}
QUOTE_STATES = (["DRAFT", "SENT", "VIEWED", "ACCEPTED", "REJECTED", "EXPIRED"], [35, 25, 12, 12, 6, 10])
CANCELLED_SHARE = 0.02
LATE_PAYER_SHARE = 0.2
SHIP_STATES = (["SHIPPED", "PACKED", "PENDING"], [65, 10, 25])



@functools.cache
def late_payer(client_id: int) -> bool:
    """A fixed fifth of the clients pay chronically late (the same client in every run)."""
    return random.Random(f"terp:payer:{client_id}").random() < LATE_PAYER_SHARE


def _pareto_pick(ids: list, rng: random.Random):
    """Cumulative weights 1/(rank+1)^0.8: a few clients of the group buy most."""
    cum, total = [], 0.0
    for k in range(len(ids)):
        total += 1 / (k + 1) ** 0.8
        cum.append(total)
    return lambda: rng.choices(ids, cum_weights=cum)[0]


def _weighted_sample(items: list, weights: list, k: int, rng: random.Random) -> list:
    """k items without replacement, an item of weight w drawn w times as readily (Efraimidis-Spirakis)."""
    keyed = sorted(((rng.random() ** (1 / w), i) for i, w in zip(items, weights)), reverse=True)
    return [i for _, i in keyed[:k]]


def _orders(src, rng):
    """One dict per order: who, when, on which terms, and what becomes of its payment."""
    start, end = src.window.start, src.window.end
    sales_wanted = src.param("orders")
    kinds, sales = [], 0
    while sales < sales_wanted:      # one QUOTE after every eight sales
        kinds.append("QUOTE" if len(kinds) % 9 == 8 else "SALE")
        sales += kinds[-1] == "SALE"
    clients = src.rows("clients")
    whales = [c["id"] for c in clients if str(c["teri_code"]).startswith("WHL")]
    regulars = [c["id"] for c in clients if not str(c["teri_code"]).startswith("WHL")]
    pick_whale = _pareto_pick(whales or regulars, rng)
    pick_regular = _pareto_pick(regulars or whales, rng)
    share, consignment = src.param("whale_revenue_share"), src.param("sales_consignment_share")
    span, count = end - start, {"SALE": kinds.count("SALE"), "QUOTE": kinds.count("QUOTE")}
    out, seen = [], {"SALE": 0, "QUOTE": 0}
    for kind in kinds:        # sales and quotes each mid-slice of equal slices of the window: months get even shares
        k = seen[kind]
        seen[kind] += 1
        whale = int((k + 1) * share) > int(k * share)
        out.append({"orderType": kind, "created_at": start + span * (k + 0.35 + 0.3 * rng.random()) / count[kind],
                    "client_id": pick_whale() if whale else pick_regular(),
                    "paymentTerms": "CONSIGNMENT" if rng.random() < consignment else "NET_30"})
    out.sort(key=lambda o: o["created_at"])       # keys in time order
    _payment_fates([o for o in out if o["orderType"] == "SALE"], src, rng)
    for o in out:
        if o["orderType"] == "QUOTE":
            o["updated_at"] = min(end, o["created_at"] + timedelta(days=rng.randint(0, 10), hours=rng.randint(0, 23)))
    return out


def _payment_fates(sales: list, src, rng) -> None:
    """saleStatus and the last change (updated_at) of every sale, as DOMAIN 1.7 describes AR."""
    end = src.window.end
    for o in sales:
        o["due"] = o["created_at"].date() + timedelta(days=31)        # confirmation (<= a day) + 30 days' terms
        o["late"] = late_payer(o["client_id"])
        o["saleStatus"] = "CANCELLED" if rng.random() < CANCELLED_SHARE else None
    live = [o for o in sales if o["saleStatus"] is None]
    overdue = round(len(sales) * src.param("overdue_share"))
    old = round(overdue * src.param("overdue_120_share"))

    def days_late(o: dict) -> int:
        return (end.date() - o["due"]).days

    for group, k in (([o for o in live if days_late(o) > 122], old),
                     ([o for o in live if 3 <= days_late(o) <= 118], overdue - old)):
        for o in _weighted_sample(group, [3 if o["late"] else 1 for o in group], min(k, len(group)), rng):
            o["saleStatus"] = "OVERDUE"
            o["updated_at"] = min(end, datetime.combine(o["due"], datetime.min.time())
                                  + timedelta(days=rng.randint(2, days_late(o)), hours=rng.randint(8, 17)))
    full = src.param("full_payment_share")
    for o in live:
        if o["saleStatus"] is not None:
            continue
        lag = timedelta(days=rng.randint(35, 95) if o["late"] else rng.randint(1, 28), hours=rng.randint(0, 8))
        paid_on = o["created_at"] + timedelta(days=1) + lag          # after the confirmation, whatever its delay
        if paid_on <= end:
            o["saleStatus"], o["updated_at"] = ("PAID" if rng.random() < full else "PARTIAL"), paid_on
        else:
            o["saleStatus"] = "PENDING"
            o["updated_at"] = o["created_at"] + (end - o["created_at"]) * rng.random()
    for o in sales:
        if o["saleStatus"] == "CANCELLED":
            o["updated_at"] = min(end, o["created_at"] + timedelta(hours=rng.randint(1, 72)))
        del o["due"], o["late"]


def _line_cogs(line: dict) -> Decimal:
    return money(Decimal(line["quantity"]) * Decimal(line["cogs_per_unit"]))


def _last_change(row) -> datetime:
    return row["updated_at"] or row["created_at"]


def _avg_margin(order: dict, lines: list) -> Decimal:
    subtotal = Decimal(order["subtotal"])
    return money(Decimal(order["total_margin"]) * 100 / subtotal) if subtotal else Decimal(0)


class Orders(TableRule):
    """Sales and quotes; lines live in order_line_items (the V2 shape keeps items = [])."""

    table = "orders"
    reads = ("clients",)
    expand = _orders          # client_id, orderType, paymentTerms, created_at, updated_at, saleStatus
    items = "[]"
    invoice_id = None         # the rollup: the invoice that bills the order (invoices.referenceId)
    intake_event_id = None    # an intake event belongs to a batch's intake, not to a sale
    client_need_id = None     # a pick of any need would name another client's need
    converted_at = None       # no quote conversions are generated: neither the time nor the source order
    converted_from_order_id = None
    tax = 0
    discount = 0
    cash_payment = 0
    subtotal = 0              # placeholders: the rollups below compute them once the lines exist
    total = 0
    total_cogs = 0
    total_margin = 0
    avg_margin_percent = 0
    rollups = [
        Rollup.sum("subtotal", child="order_line_items", via="order_id", of="line_total"),
        Rollup("total", child="order_line_items", via="order_id",
               fn=lambda order, lines: order["subtotal"] + Decimal(order["tax"]) - Decimal(order["discount"])),
        Rollup("total_cogs", child="order_line_items", via="order_id",
               fn=lambda order, lines: sum((_line_cogs(x) for x in lines), Decimal(0))),
        Rollup("total_margin", child="order_line_items", via="order_id",
               fn=lambda order, lines: order["subtotal"] - order["total_cogs"]),
        Rollup("avg_margin_percent", child="order_line_items", via="order_id", fn=_avg_margin),
        Rollup("invoice_id", child="invoices", via="referenceId",
               fn=lambda order, invoices: min((i["id"] for i in invoices), default=None)),
    ]
    invariants = [
        Invariant("orders.invoice_id points back at the invoice that bills the order",
                  "SELECT o.id FROM orders o LEFT JOIN invoices i ON i.referenceType = 'ORDER' AND i.referenceId = o.id "
                  "WHERE NOT (o.invoice_id <=> i.id)"),
        # one pass over the lines for the three (10x: 0.26 s as three invariants, 0.11 s as one)
        Invariant("every order has lines; its subtotal is the sum of their line totals, its total_cogs the sum of "
                  "quantity x cogs_per_unit",
                  "SELECT o.id, o.subtotal, l.total, o.total_cogs, l.cogs FROM orders o LEFT JOIN (SELECT order_id, "
                  "SUM(line_total) AS total, SUM(ROUND(quantity * cogs_per_unit, 2)) AS cogs FROM order_line_items "
                  "GROUP BY order_id) l ON l.order_id = o.id "
                  "WHERE l.order_id IS NULL OR o.subtotal <> l.total OR o.total_cogs <> l.cogs"),
        Invariant("total = subtotal + tax - discount; total_margin = subtotal - total_cogs",
                  "SELECT id FROM orders WHERE total <> subtotal + tax - discount "
                  "OR total_margin <> subtotal - total_cogs"),
        Invariant("avg_margin_percent = total_margin / subtotal x 100, within 10-40% (default 22.5-27.5)",
                  "SELECT id, avg_margin_percent FROM orders WHERE subtotal <= 0 "
                  "OR ABS(avg_margin_percent - total_margin * 100 / subtotal) > 0.00501 "
                  "OR avg_margin_percent NOT BETWEEN 9.9 AND 40.1"),
        Invariant("sale orders are on CONSIGNMENT or NET_30 terms, 30-92% CONSIGNMENT (default 50%, chaos 80%)",
                  "SELECT SUM(paymentTerms = 'CONSIGNMENT') / COUNT(*) AS share, SUM(paymentTerms NOT IN ('CONSIGNMENT', "
                  "'NET_30')) AS others FROM orders WHERE orderType = 'SALE' HAVING others > 0 "
                  "OR COUNT(*) >= 40 AND share NOT BETWEEN 0.30 AND 0.92"),
        Invariant("the busiest whole month has at most 1.5x the orders of the quietest (or 2 more; first, last month left out)",
                  "SELECT MAX(n) / MIN(n) AS spread FROM (SELECT DATE_FORMAT(created_at, '%Y-%m') AS m, COUNT(*) AS n "
                  "FROM orders GROUP BY m) months WHERE m > (SELECT DATE_FORMAT(MIN(created_at), '%Y-%m') FROM orders) "
                  "AND m < (SELECT DATE_FORMAT(MAX(created_at), '%Y-%m') FROM orders) "
                  "HAVING MAX(n) > 1.5 * MIN(n) AND MAX(n) > MIN(n) + 2"),
        Invariant("QUOTE: draft, quoteStatus set, no saleStatus/confirmation/due date/fulfilment; SALE: the reverse",
                  "SELECT id, orderType FROM orders WHERE (orderType = 'QUOTE' AND (is_draft = 0 OR quoteStatus IS NULL "
                  "OR saleStatus IS NOT NULL OR confirmed_at IS NOT NULL OR due_date IS NOT NULL "
                  "OR valid_until IS NULL OR fulfillmentStatus <> 'PENDING')) OR (orderType = 'SALE' AND (is_draft = 1 "
                  "OR quoteStatus IS NOT NULL OR saleStatus IS NULL OR confirmed_at IS NULL OR due_date IS NULL "
                  "OR valid_until IS NOT NULL))"),
        Invariant("packed_at/shipped_at (and their users) are set exactly as fulfillmentStatus says",
                  "SELECT id, fulfillmentStatus FROM orders WHERE "
                  "(packed_at IS NOT NULL) <> (fulfillmentStatus IN ('PACKED', 'SHIPPED')) "
                  "OR (shipped_at IS NOT NULL) <> (fulfillmentStatus = 'SHIPPED') "
                  "OR (packed_by IS NULL) <> (packed_at IS NULL) OR (shipped_by IS NULL) <> (shipped_at IS NULL) "
                  "OR (saleStatus = 'CANCELLED' AND fulfillmentStatus <> 'PENDING')"),
        Invariant("created_at <= confirmed_at <= packed_at <= shipped_at <= updated_at",
                  "SELECT id FROM orders WHERE confirmed_at < created_at OR packed_at < confirmed_at "
                  "OR shipped_at < packed_at OR COALESCE(updated_at, created_at) < GREATEST(created_at, "
                  "COALESCE(confirmed_at, created_at), "
                  "COALESCE(packed_at, created_at), COALESCE(shipped_at, created_at))"),
        # dates against TIMESTAMPs keep a day of slack: verify reads TIMESTAMPs in the server's time zone
        Invariant("due_date = confirmation date + payment terms; a quote is valid 30 days",
                  "SELECT id FROM orders WHERE ABS(DATEDIFF(due_date, confirmed_at) - CASE paymentTerms "
                  "WHEN 'COD' THEN 0 WHEN 'NET_7' THEN 7 WHEN 'NET_15' THEN 15 ELSE 30 END) > 1 "
                  "OR ABS(DATEDIFF(valid_until, created_at) - 30) > 1"),
        Invariant("OVERDUE only once the due date has passed (as of the order's last update)",
                  "SELECT id FROM orders WHERE saleStatus = 'OVERDUE' AND due_date > DATE(COALESCE(updated_at, created_at))"),
    ]

    @derived("is_draft", after=["orderType"])
    def draft(row, rng):
        return row["orderType"] == "QUOTE"

    @derived("quoteStatus", after=["orderType"])
    def quote_status(row, rng):
        return rng.choices(*QUOTE_STATES)[0] if row["orderType"] == "QUOTE" else None

    @derived("valid_until", after=["orderType", "created_at"])
    def valid_until(row, rng):
        return row["created_at"].date() + timedelta(days=30) if row["orderType"] == "QUOTE" else None

    @derived("confirmed_at", after=["orderType", "created_at", "updated_at"])
    def confirmed(row, rng):
        if row["orderType"] != "SALE":
            return None
        room = _last_change(row) - row["created_at"]
        return row["created_at"] + min(room, timedelta(minutes=rng.choice([0, 0, 5, 30, 240, 1440])))

    @derived("due_date", after=["confirmed_at", "paymentTerms"])
    def due_date(row, rng):
        if row["confirmed_at"] is None:
            return None
        return row["confirmed_at"].date() + timedelta(days=TERMS_DAYS[row["paymentTerms"]])

    @derived("fulfillmentStatus", after=["saleStatus", "confirmed_at", "created_at", "updated_at"])
    def fulfillment(row, rng):
        if row["confirmed_at"] is None or row["saleStatus"] == "CANCELLED":
            return "PENDING"
        wanted = rng.choices(*SHIP_STATES)[0]
        room = _last_change(row) - row["confirmed_at"]
        if wanted == "SHIPPED" and room < timedelta(days=1):
            wanted = "PACKED"
        return "PENDING" if wanted == "PACKED" and room < timedelta(hours=2) else wanted

    @derived("packed_at", after=["fulfillmentStatus", "confirmed_at", "created_at", "updated_at"])
    def packed(row, rng):
        if row["fulfillmentStatus"] == "PENDING":
            return None
        room = min(_last_change(row) - row["confirmed_at"], timedelta(days=3))
        return row["confirmed_at"] + room * rng.uniform(0.1, 0.5)

    @derived("shipped_at", after=["fulfillmentStatus", "packed_at", "created_at", "updated_at"])
    def shipped(row, rng):
        if row["fulfillmentStatus"] != "SHIPPED":
            return None
        room = min(_last_change(row) - row["packed_at"], timedelta(days=2))
        return row["packed_at"] + room * rng.uniform(0.2, 0.95)

    @derived("packed_by", after=["packed_at", "created_by"])
    def packer(row, rng):
        return row["created_by"] if row["packed_at"] else None

    @derived("shipped_by", after=["shipped_at", "created_by"])
    def shipper(row, rng):
        return row["created_by"] if row["shipped_at"] else None


class OrderAuditLog(TableRule):
    """Changes to draft and finalised orders, by the app's action names."""

    table = "order_audit_log"
    action = Use.choice(["CREATE_DRAFT", "UPDATE_DRAFT", "FINALIZE", "LINE_ITEM_ADD", "LINE_ITEM_UPDATE",
                         "LINE_ITEM_REMOVE", "MARGIN_OVERRIDE", "COGS_OVERRIDE", "ADJUSTMENT_CHANGE", "DELETE"],
                        weights=[25, 15, 20, 12, 10, 5, 5, 3, 3, 2])
