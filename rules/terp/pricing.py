"""Pricing rules and profiles (DOMAIN 2.15)."""

from seeder.ruleset import TableRule, Use


class PricingRules(TableRule):
    """Markup and markdown rules over names of categories, grades and strains."""

    table = "pricing_rules"
    rows = 25
    adjustment_type = Use.choice(["PERCENT_MARKUP", "PERCENT_MARKDOWN", "DOLLAR_MARKUP", "DOLLAR_MARKDOWN"],
                                 weights=[50, 25, 15, 10])
    adjustment_value = Use("number.range", low=1, high=40, decimals=2)
    conditions = Use.choice([
        '{"category": "Flower"}', '{"category": "Flower", "grade": "AAA"}', '{"grade": "A"}',
        '{"category": "Concentrates"}', '{"category": "Edibles"}', '{"priceMin": 1000}',
        '{"category": "Flower", "subcategory": "Indoor"}', '{"priceMax": 900, "grade": "AA"}',
    ])
    logic_type = Use.choice(["AND", "OR"], weights=[85, 15])


class PricingProfiles(TableRule):
    """Named rule sets; rules is [{ruleId, priority}] over the first pricing_rules ids."""

    table = "pricing_profiles"
    rows = 10
    name = Use("text.name")
    rules = Use.choice([
        '[{"ruleId": 1, "priority": 10}]', '[{"ruleId": 2, "priority": 10}, {"ruleId": 3, "priority": 5}]',
        '[{"ruleId": 4, "priority": 20}, {"ruleId": 1, "priority": 10}]',
        '[{"ruleId": 5, "priority": 10}, {"ruleId": 2, "priority": 5}, {"ruleId": 3, "priority": 1}]',
    ])
