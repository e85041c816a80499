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
from itertools import accumulate

from seeder.ruleset import Invariant, TableRule, Use, derived_column, money

LB_RANGES = ([(0.5, 2), (2, 5), (5, 10), (10, 20)], [10, 70, 15, 5])
UNIT_RANGES = ([(1, 10), (10, 30), (30, 60), (60, 100)], [10, 60, 20, 10])
OVERRIDE_REASONS = ["Vendor credit on this batch", "Damaged packaging discount", "Price matched a prior quote",
                    "Aged inventory write-down"]
LINES_PER_ORDER = ([1, 2, 3, 4, 5], [20, 25, 25, 15, 15])
LB_CUM, UNIT_CUM = list(accumulate(LB_RANGES[1])), list(accumulate(UNIT_RANGES[1]))


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

    # whole columns (derived_column): this is one of the largest tables
    @derived_column("margin_percent")
    def margin(cols, rng):
        mid, spread = cols.param("margin") * 100, cols.param("margin") * 100 * cols.param("margin_variance")
        low, high, uniform = mid - spread, mid + spread, rng.uniform
        return [round(uniform(low, high), 2) for _ in range(len(cols))]

    @derived_column("created_at", after=["order_id"])
    def created(cols, rng):
        return cols.parent("order_id", "created_at")

    @derived_column("product_display_name", after=["batch_id"])
    def display_name(cols, rng):
        return cols.parent("batch_id", "sku")

    @derived_column("quantity", after=["batch_id"])
    def quantity(cols, rng):
        out, draw = [], rng.random   # choices() and randint() spelled out: a fifth of their cost per line
        for grade in cols.parent("batch_id", "grade"):
            if grade is not None:   # flower sells by the pound
                low, high = LB_RANGES[0][bisect(LB_CUM, draw() * LB_CUM[-1])]
                out.append(round(low + (high - low) * draw(), 1))
            else:
                low, high = UNIT_RANGES[0][bisect(UNIT_CUM, draw() * UNIT_CUM[-1])]
                out.append(low + int(draw() * (high - low + 1)))
        return out

    @derived_column("original_cogs_per_unit", after=["batch_id"])
    def original_cogs(cols, rng):
        costs = cols.parent("batch_id", "unitCogs")
        rounded = {c: money(Decimal(c)) for c in set(costs)}   # a batch has one cost: round it once
        return [rounded[c] for c in costs]

    @derived_column("cogs_per_unit", after=["original_cogs_per_unit", "is_cogs_overridden"])
    def cogs(cols, rng):
        return [money(cost * Decimal(rng.randint(85, 95)) / 100) if overridden else cost
                for cost, overridden in zip(cols["original_cogs_per_unit"], cols["is_cogs_overridden"])]

    @derived_column("cogs_override_reason", after=["is_cogs_overridden"])
    def override_reason(cols, rng):
        return [rng.choice(OVERRIDE_REASONS) if overridden else None for overridden in cols["is_cogs_overridden"]]

    @derived_column("margin_source", after=["is_margin_overridden"])
    def margin_source(cols, rng):
        draw = rng.random
        return ["MANUAL" if overridden else "DEFAULT" if draw() < 0.75 else "CUSTOMER_PROFILE"
                for overridden in cols["is_margin_overridden"]]

    @derived_column("unit_price", after=["cogs_per_unit", "margin_percent"])
    def unit_price(cols, rng):
        return [money(cost / (1 - Decimal(margin) / 100))
                for cost, margin in zip(cols["cogs_per_unit"], cols["margin_percent"])]

    @derived_column("margin_dollar", after=["unit_price", "cogs_per_unit"])
    def margin_dollar(cols, rng):
        return [price - cost for price, cost in zip(cols["unit_price"], cols["cogs_per_unit"])]

    @derived_column("line_total", after=["quantity", "unit_price"])
    def line_total(cols, rng):
        return [money(quantity * price) for quantity, price in zip(cols["quantity"], cols["unit_price"])]
