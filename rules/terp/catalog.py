"""The catalog (DOMAIN 1.4, 2.3, 3.1): strains, products, and the category, subcategory and grade names they use.

Flower products are strain x grow type x grade, named "{strain} - {grow} - {grade}" (subcategory = the grow type,
sold by the pound); the others "{strain} - {subcategory}" from the first 10 strains, sold by the unit. Every tenth
product is non-flower (90 % flower). products.strainId is the strain in the name, and products.category /
subcategory and batches.grade are names of rows in categories, subcategories and grades (taxonomy.py).
Each product's combination is drawn without repetition (a stride through all combinations), so names are unique.
"""

import json
import re

from seeder.ruleset import Invariant, TableRule, derived

STRAINS = [  # (name, category): the generator's list starts with these; the app stores the category lowercase
    ("Blue Dream", "hybrid"), ("OG Kush", "hybrid"), ("Sour Diesel", "sativa"), ("Girl Scout Cookies", "hybrid"),
    ("Granddaddy Purple", "indica"), ("Jack Herer", "sativa"), ("Northern Lights", "indica"),
    ("Green Crack", "sativa"), ("Pineapple Express", "hybrid"), ("Gorilla Glue #4", "hybrid"),
    ("Wedding Cake", "hybrid"), ("Gelato", "hybrid"), ("Zkittlez", "indica"), ("Durban Poison", "sativa"),
    ("Bubba Kush", "indica"), ("Purple Haze", "sativa"), ("White Widow", "hybrid"), ("Super Lemon Haze", "sativa"),
    ("Do-Si-Dos", "indica"), ("Sunset Sherbet", "indica"), ("Runtz", "hybrid"), ("White Runtz", "hybrid"),
    ("Ice Cream Cake", "indica"), ("Mimosa", "sativa"), ("Tangie", "sativa"), ("Skywalker OG", "indica"),
    ("Cherry Pie", "hybrid"), ("Strawberry Cough", "sativa"), ("Blueberry", "indica"), ("AK-47", "hybrid"),
    ("Maui Wowie", "sativa"), ("Purple Punch", "indica"), ("Trainwreck", "hybrid"), ("Gushers", "hybrid"),
    ("Apple Fritter", "hybrid"), ("Lemon Cherry Gelato", "hybrid"), ("Forbidden Fruit", "indica"),
    ("Chemdawg", "hybrid"), ("Headband", "hybrid"), ("Cinex", "sativa"), ("Harlequin", "sativa"),
    ("Master Kush", "indica"), ("Hindu Kush", "indica"), ("Afghan Kush", "indica"), ("Candyland", "sativa"),
    ("Ghost Train Haze", "sativa"), ("Animal Cookies", "indica"), ("Biscotti", "indica"), ("Sour Tangie", "sativa"),
    ("Hawaiian Snow", "sativa"),
]
GROWS = ["Indoor", "Greenhouse", "Outdoor"]
GRADES = ["AAA", "AA", "A"]
OTHER = {"Concentrates": ["Shatter", "Wax", "Live Resin", "Distillate"],
         "Edibles": ["Gummies", "Chocolates", "Baked Goods"], "Pre-Rolls": ["Single", "Multi-Pack"],
         "Vapes": ["Cartridges", "Disposables"]}
OTHER_PAIRS = [(c, s) for c, subs in OTHER.items() for s in subs]   # 11 (category, subcategory)
NON_FLOWER_STRAINS = 10


def slug(name: str) -> str:
    """The app's standardizedName: lowercase, special characters dropped, spaces -> '-'."""
    return re.sub(r"\s+", "-", re.sub(r"[^a-z0-9\s-]", "", name.lower()).strip())


def product_of(product_id: int) -> tuple[int, str, str, str | None]:
    """(strain index, category, subcategory, grade) of a product id: every tenth is non-flower."""
    if product_id % 10 == 0:
        k = (product_id // 10 - 1) * 7 % (NON_FLOWER_STRAINS * len(OTHER_PAIRS))
        category, sub = OTHER_PAIRS[k % len(OTHER_PAIRS)]
        return k // len(OTHER_PAIRS), category, sub, None
    size = len(STRAINS) * len(GROWS) * len(GRADES)
    k = (product_id - 1 - product_id // 10) * 37 % size      # 37 is prime to 450: a stride through all
    return k // 9, "Flower", GROWS[k % 9 // 3], GRADES[k % 3]


class Strains(TableRule):
    """Strains with the app's conventions: lowercase category, slug standardizedName and openthcStub."""

    table = "strains"
    rows = len(STRAINS)
    parentStrainId = None
    baseStrainName = None

    @derived("name", after=["id"])
    def name(row, rng):
        return STRAINS[(row["id"] - 1) % len(STRAINS)][0]

    @derived("category", after=["id"])
    def category(row, rng):
        return STRAINS[(row["id"] - 1) % len(STRAINS)][1]

    @derived("standardizedName", after=["name"])
    def standardized(row, rng):
        return slug(row["name"])

    @derived("openthcStub", after=["name"])
    def stub(row, rng):
        return slug(row["name"])

    @derived("aliases", after=["name"])
    def aliases(row, rng):
        return json.dumps([row["name"].lower().replace(" ", ""), row["name"].replace(" ", "-")])


class Products(TableRule):
    """Products named after their strain: 90 % flower (strain x grow x grade), the rest by the unit."""

    table = "products"
    rows = 100
    invariants = [
        Invariant("flower is sold by the pound in a grow-type subcategory, everything else by the unit",
                  "SELECT id, category, subcategory, uomSellable FROM products WHERE (category = 'Flower') "
                  "<> (uomSellable = 'LB') OR (category = 'Flower') <> (subcategory IN ('Indoor', 'Greenhouse', 'Outdoor'))"),
        Invariant("a product's name starts with its strain's name",
                  "SELECT p.id FROM products p LEFT JOIN strains s ON s.id = p.strainId "
                  "WHERE s.id IS NULL OR p.nameCanonical NOT LIKE CONCAT(s.name, ' - %')"),
        Invariant("product category and subcategory name a categories row and one of its subcategories",
                  "SELECT p.id FROM products p LEFT JOIN categories c ON c.name = p.category "
                  "LEFT JOIN subcategories s ON s.categoryId = c.id AND s.name = p.subcategory "
                  "WHERE c.id IS NULL OR s.id IS NULL"),
    ]

    @derived("strainId", after=["id"])
    def strain(row, rng):
        return product_of(row["id"])[0] + 1

    @derived("category", after=["id"])
    def category(row, rng):
        return product_of(row["id"])[1]

    @derived("subcategory", after=["id"])
    def subcategory(row, rng):
        return product_of(row["id"])[2]

    @derived("nameCanonical", after=["id"])
    def name(row, rng):
        strain, _, sub, grade = product_of(row["id"])
        return " - ".join(p for p in (STRAINS[strain][0], sub, grade) if p)

    @derived("uomSellable", after=["category"])
    def uom(row, rng):
        return "LB" if row["category"] == "Flower" else "EA"
