"""Client needs and vendor supply for matchmaking (DOMAIN 2.18): categories and grades by name."""

from seeder.ruleset import TableRule, Use

CATEGORY = Use.choice(["Flower", "Concentrates", "Edibles", "Pre-Rolls", "Vapes"], weights=[80, 6, 6, 4, 4])
SUBCATEGORY = Use.choice(["Indoor", "Greenhouse", "Outdoor"], weights=[40, 35, 25])
GRADE = Use.choice(["AAA", "AA", "A"], weights=[40, 35, 25])


class ClientNeeds(TableRule):
    """What a client is looking for; most needs are still active."""

    table = "client_needs"
    category, subcategory, grade = CATEGORY, SUBCATEGORY, GRADE
    status = Use.choice(["ACTIVE", "FULFILLED", "EXPIRED", "CANCELLED"], weights=[45, 30, 15, 10])


class VendorSupply(TableRule):
    """What a vendor offers; most offers are available or reserved."""

    table = "vendor_supply"
    category, subcategory, grade = CATEGORY, SUBCATEGORY, GRADE
    status = Use.choice(["AVAILABLE", "RESERVED", "PURCHASED", "EXPIRED"], weights=[50, 15, 25, 10])
