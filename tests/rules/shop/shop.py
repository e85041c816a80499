"""Rules for the small shop schema of tests/rules/test_rule_api.py: every feature of the rule API."""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Parameters, Rollup, TableRule, derived, param


class ShopParameters(Parameters):
    """The shop's business parameters: volumes and the largest quantity on a line."""

    defaults = {"orders": 30, "max_qty": 5}
    profiles = {"tiny": {"orders": 5}, "bulk": {"orders": 60, "max_qty": 9}}


class Statuses(TableRule):
    """Fixed rows: the states an order can be in."""

    table = "statuses"
    fixtures = [{"code": "NEW", "label": "New"}, {"code": "PAID", "label": "Paid"},
                {"code": "SHIPPED", "label": "Shipped"}]
    rows = 3


class Orders(TableRule):
    """Order totals are the sum of their lines; an order is placed before any of its lines."""

    table = "orders"
    rows = param("orders")
    total = Decimal(0)
    rollups = [Rollup.sum("total", child="order_lines", via="order_id", of="line_total")]
    invariants = [
        Invariant("order total equals the sum of its lines",
                  "SELECT o.id, o.total, SUM(l.line_total) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                  "GROUP BY o.id, o.total HAVING o.total <> SUM(l.line_total)"),
        Invariant("a line is never older than its order",
                  "SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.added_at < o.placed_at"),
    ]


class OrderLines(TableRule):
    """line_total = qty x unit_price; a line is added after its order was placed."""

    table = "order_lines"
    rows = param("orders") * 3

    @derived("qty", after=[])
    def qty(row, rng):
        return rng.randint(1, row.param("max_qty"))

    @derived("line_total", after=["qty", "unit_price"])
    def line_total(row, rng):
        return row["qty"] * row["unit_price"]

    @derived("added_at", after=["order_id"])
    def added_at(row, rng):
        return row.parent("order_id")["placed_at"] + timedelta(hours=rng.randint(1, 48))
