"""Strains and products (DOMAIN 1.4, 2.3)."""

from seeder.ruleset import Invariant, TableRule, Use, derived

SUBCATEGORIES = {
    "Flower": (["Indoor", "Greenhouse", "Outdoor"], [40, 35, 25]),
    "Concentrates": (["Shatter", "Wax", "Live Resin", "Distillate"], None),
    "Edibles": (["Gummies", "Chocolates", "Baked Goods"], None),
    "Pre-Rolls": (["Single", "Multi-Pack"], None),
    "Vapes": (["Cartridges", "Disposables"], None),
}


class Strains(TableRule):
    """Strains with the app's lowercase category; aliases is a JSON string[] in a TEXT column."""

    table = "strains"
    rows = 50
    category = Use.choice(["hybrid", "indica", "sativa"], weights=[32, 24, 22])
    aliases = Use("json.array", items="word")


class Products(TableRule):
    """Products: 90 % flower by grow type sold by the pound, the rest by the unit (DOMAIN 1.4 subcategories)."""

    table = "products"
    rows = 100
    nameCanonical = Use("text.name")
    category = Use.choice(list(SUBCATEGORIES), weights=[90, 3, 3, 2, 2])
    invariants = [
        Invariant("flower is sold by the pound in a grow-type subcategory, everything else by the unit",
                  "SELECT id, category, subcategory, uomSellable FROM products WHERE (category = 'Flower') "
                  "<> (uomSellable = 'LB') OR (category = 'Flower') <> (subcategory IN ('Indoor', 'Greenhouse', 'Outdoor'))"),
    ]

    @derived("subcategory", after=["category"])
    def subcategory(row, rng):
        names, weights = SUBCATEGORIES[row["category"]]
        return rng.choices(names, weights)[0]

    @derived("uomSellable", after=["category"])
    def uom(row, rng):
        return "LB" if row["category"] == "Flower" else "EA"
