"""The names the catalog uses (DOMAIN 1.4, 3.1): categories, their subcategories, and the flower grades.

products.category / subcategory and batches.grade are text, not ids: they must equal names here (catalog.py
names products with exactly these). Flower's subcategories are the grow types; grades are the generator's.
"""

from seeder.ruleset import TableRule

SUBCATEGORIES = {"Flower": ["Indoor", "Greenhouse", "Outdoor"],
                 "Concentrates": ["Shatter", "Wax", "Live Resin", "Distillate"],
                 "Edibles": ["Gummies", "Chocolates", "Baked Goods"], "Pre-Rolls": ["Single", "Multi-Pack"],
                 "Vapes": ["Cartridges", "Disposables"]}
GRADES = ["AAA", "AA", "A"]


class Categories(TableRule):
    """The product categories, active (ids 1-5 in this order)."""

    table = "categories"
    rows = len(SUBCATEGORIES)
    fixtures = [{"name": c, "isActive": 1} for c in SUBCATEGORIES]


class Subcategories(TableRule):
    """Grow types under Flower, product forms under the others."""

    table = "subcategories"
    rows = sum(len(s) for s in SUBCATEGORIES.values())
    fixtures = [{"categoryId": i + 1, "name": s, "isActive": 1}
                for i, subs in enumerate(SUBCATEGORIES.values()) for s in subs]


class Grades(TableRule):
    """The flower grades, best first."""

    table = "grades"
    rows = len(GRADES)
    fixtures = [{"name": g, "sortOrder": i + 1, "isActive": 1} for i, g in enumerate(GRADES)]
