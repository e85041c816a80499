"""Strains and products (DOMAIN 1.4, 2.3)."""

from seeder.ruleset import TableRule, Use


class Strains(TableRule):
    """Strains with the app's lowercase category; aliases is a JSON string[] in a TEXT column."""

    table = "strains"
    rows = 50
    category = Use.choice(["hybrid", "indica", "sativa"], weights=[32, 24, 22])
    aliases = Use("json.array", items="word")


class Products(TableRule):
    """Products: 90 % flower sold by the pound, the rest by the unit."""

    table = "products"
    rows = 100
    nameCanonical = Use("text.name")
    category = Use.choice(["Flower", "Concentrates", "Edibles", "Pre-Rolls", "Vapes"], weights=[90, 3, 3, 2, 2])
    subcategory = Use.choice(["Indoor", "Greenhouse", "Outdoor"], weights=[40, 35, 25])
    uomSellable = Use.choice(["LB", "EA", "G"], weights=[88, 10, 2])
