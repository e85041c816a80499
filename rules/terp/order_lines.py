"""Order lines (DOMAIN 1.6, 2.5 order_line_items): priced from the batch each line sells.

original_cogs_per_unit = the batch's unitCogs; cogs_per_unit = the same unless overridden (with a reason);
margin_percent = margin +/- margin_variance relative (parameters: 25 % +/- 10 %, 22.5-27.5; chaos +/- 60 %, 10-40);
unit_price = cogs / (1 - margin/100) to the cent;
margin_dollar = unit_price - cogs_per_unit (per unit); line_total = quantity x unit_price.
Flower (a graded batch) sells by the pound in the DOMAIN's weighted ranges, other batches by the unit.
Every order has 1-5 lines (about 3); each sells a batch already in stock when the order is placed, picked the
DOMAIN 1.6 Pareto way (a fifth of the batches, shuffled, weigh 12, the next 30 % weigh 3, the rest 1).
"""

from bisect import bisect, bisect_right
from decimal import Decimal

from seeder.ruleset import Invariant, TableRule, Use, derived, money

LB_RANGES = ([(0.5, 2), (2, 5), (5, 10), (10, 20)], [10, 70, 15, 5])
UNIT_RANGES = ([(1, 10), (10, 30), (30, 60), (60, 100)], [10, 60, 20, 10])
OVERRIDE_REASONS = ["Vendor credit on this batch", "Damaged packaging discount", "Price matched a prior quote",
                    "Aged inventory write-down"]
LINES_PER_ORDER = ([1, 2, 3, 4, 5], [20, 25, 25, 15, 15])


def _lines(src, rng):
    """One dict per line: its order and batch (the rest is derived below)."""
    batches = sorted(src.rows("batches"), key=lambda b: (b["createdAt"], b["id"]))
    tiers = list(range(len(batches)))
    rng.shuffle(tiers)
    weight = {i: 12 if rank < len(tiers) * 0.2 else 3 if rank < len(tiers) * 0.5 else 1
              for rank, i in enumerate(tiers)}
    cum, total = [], 0
    for i in range(len(batches)):
        total += weight[i]
        cum.append(total)
    stocked = [b["createdAt"] for b in batches]
    out = []
    for order in src.rows("orders"):
        m = max(bisect_right(stocked, order["created_at"]), min(3, len(batches)))   # in stock by then
        for _ in range(rng.choices(*LINES_PER_ORDER)[0]):
            out.append({"order_id": order["id"], "batch_id": batches[bisect(cum, rng.random() * cum[m - 1])]["id"]})
    return out



class OrderLineItems(TableRule):
    """Order lines: every order has one; costs from the line's batch, a 22.5-27.5 % margin on the price."""

    table = "order_line_items"
    reads = ("orders", "batches")
    expand = _lines
    is_cogs_overridden = Use("bool.flag", true_share=0.05)
    is_margin_overridden = Use("bool.flag", true_share=0.1)
    is_sample = False
    invariants = [
        Invariant("line_total = quantity x unit_price, quantity > 0",
                  "SELECT id FROM order_line_items WHERE line_total <> ROUND(quantity * unit_price, 2) OR quantity <= 0"),
        Invariant("unit_price = cogs_per_unit / (1 - margin_percent/100); margin_dollar = unit_price - cogs_per_unit",
                  "SELECT id FROM order_line_items WHERE ABS(unit_price - cogs_per_unit / (1 - margin_percent / 100)) > 0.00501 "
                  "OR margin_dollar <> unit_price - cogs_per_unit"),
        Invariant("margin_percent is within 10-40% (25% +/- 10% relative by default: 22.5-27.5; chaos +/- 60%)",
                  "SELECT id, margin_percent FROM order_line_items WHERE margin_percent NOT BETWEEN 10 AND 40"),
        Invariant("original_cogs_per_unit is the batch's unitCogs; cogs_per_unit differs only when overridden",
                  "SELECT l.id FROM order_line_items l JOIN batches b ON b.id = l.batch_id "
                  "WHERE l.original_cogs_per_unit <> CAST(b.unitCogs AS DECIMAL(10,2)) "
                  "OR (l.is_cogs_overridden = 0 AND (l.cogs_per_unit <> l.original_cogs_per_unit "
                  "OR l.cogs_override_reason IS NOT NULL)) "
                  "OR (l.is_cogs_overridden = 1 AND l.cogs_override_reason IS NULL)"),
        Invariant("a manual margin source exactly when the margin is overridden",
                  "SELECT id FROM order_line_items WHERE (margin_source = 'MANUAL') <> (is_margin_overridden = 1)"),
        Invariant("a line is written with its order",
                  "SELECT l.id FROM order_line_items l JOIN orders o ON o.id = l.order_id WHERE l.created_at <> o.created_at"),
    ]

    @derived("margin_percent", after=[])
    def margin(row, rng):
        mid, spread = row.param("margin") * 100, row.param("margin") * 100 * row.param("margin_variance")
        return round(rng.uniform(mid - spread, mid + spread), 2)

    @derived("created_at", after=["order_id"])
    def created(row, rng):
        return row.parent("order_id")["created_at"]

    @derived("product_display_name", after=["batch_id"])
    def display_name(row, rng):
        return row.parent("batch_id")["sku"]

    @derived("quantity", after=["batch_id"])
    def quantity(row, rng):
        flower = row.parent("batch_id")["grade"] is not None
        ranges, weights = LB_RANGES if flower else UNIT_RANGES
        low, high = rng.choices(ranges, weights)[0]
        return round(rng.uniform(low, high), 1) if flower else rng.randint(low, high)

    @derived("original_cogs_per_unit", after=["batch_id"])
    def original_cogs(row, rng):
        return money(Decimal(row.parent("batch_id")["unitCogs"]))

    @derived("cogs_per_unit", after=["original_cogs_per_unit", "is_cogs_overridden"])
    def cogs(row, rng):
        if not row["is_cogs_overridden"]:
            return row["original_cogs_per_unit"]
        return money(row["original_cogs_per_unit"] * Decimal(rng.randint(85, 95)) / 100)

    @derived("cogs_override_reason", after=["is_cogs_overridden"])
    def override_reason(row, rng):
        return rng.choice(OVERRIDE_REASONS) if row["is_cogs_overridden"] else None

    @derived("margin_source", after=["is_margin_overridden"])
    def margin_source(row, rng):
        return "MANUAL" if row["is_margin_overridden"] else rng.choices(["DEFAULT", "CUSTOMER_PROFILE"], [75, 25])[0]

    @derived("unit_price", after=["cogs_per_unit", "margin_percent"])
    def unit_price(row, rng):
        return money(row["cogs_per_unit"] / (1 - Decimal(row["margin_percent"]) / 100))

    @derived("margin_dollar", after=["unit_price", "cogs_per_unit"])
    def margin_dollar(row, rng):
        return row["unit_price"] - row["cogs_per_unit"]

    @derived("line_total", after=["quantity", "unit_price"])
    def line_total(row, rng):
        return money(row["quantity"] * row["unit_price"])
