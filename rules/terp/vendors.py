"""Vendors (DOMAIN 1.1, 2.2): param("vendors") cultivators and suppliers, each on the books before its first lot.

paymentTerms is free text ("Net 30", "COD" ...); purchase orders copy their vendor's terms (purchasing.py).
"""

from datetime import timedelta

from seeder.ruleset import TableRule, Use, derived, param

NAMES = ["Emerald Valley Farms", "Humboldt Heritage Growers", "Sunset Ridge Cultivation", "Green Leaf Collective",
         "Pacific Coast Botanicals", "Mendocino Mountain Gardens", "Golden State Greenhouses", "High Desert Harvest",
         "Redwood Craft Cannabis", "Sierra Sun Farms", "Central Valley Growers", "Coastal Fog Organics"]


class Vendors(TableRule):
    """Suppliers with unique names, created 2-12 months before the history starts (lots come later)."""

    table = "vendors"
    rows = param("vendors")
    paymentTerms = Use.choice(["Net 30", "Net 15", "Net 60", "Due on Receipt", "COD"], weights=[40, 15, 10, 20, 15])

    @derived("name", after=["id"])
    def name(row, rng):
        base = NAMES[(row["id"] - 1) % len(NAMES)]
        return base if row["id"] <= len(NAMES) else f"{base} {(row['id'] - 1) // len(NAMES) + 1}"

    @derived("createdAt", after=[])
    def created(row, rng):
        return row.window.start - timedelta(days=rng.randint(60, 365), hours=rng.randint(8, 17))
