"""Vendors: the `vendors` table that lots, bills, brands and POs point at (DOMAIN 2.2)."""

from seeder.ruleset import TableRule, Use


class Vendors(TableRule):
    """Cultivators and suppliers; paymentTerms is free text such as "Net 30"."""

    table = "vendors"
    rows = 8
    paymentTerms = Use.choice(["Net 30", "Net 15", "Net 60", "Due on Receipt", "COD"], weights=[40, 15, 10, 20, 15])
