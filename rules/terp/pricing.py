"""Pricing rules, profiles and category defaults (DOMAIN 2.15).

Rules mark prices up or down when their conditions (category, subcategory, grade names of the catalogue, price
bounds) match; percent adjustments stay within 1-40 %, dollar ones within $5-150. A profile is a named,
non-empty list of [{ruleId, priority}] over existing rules. pricing_defaults holds the default margin of each
product category, OTHER and DEFAULT included (V2 order drafts look OTHER up).
"""

from seeder.ruleset import Invariant, TableRule, Use, derived, param

CONDITIONS = [
    {"category": "Flower"}, {"category": "Flower", "grade": "AAA"}, {"grade": "A"}, {"category": "Concentrates"},
    {"category": "Edibles"}, {"priceMin": 1000}, {"category": "Flower", "subcategory": "Indoor"},
    {"priceMax": 900, "grade": "AA"}, {"category": "Vapes"}, {"category": "Pre-Rolls", "grade": "AA"},
    {"category": "Flower", "subcategory": "Outdoor"}, {"priceMin": 400, "priceMax": 800},
]
PROFILES = ["Whale Tier", "Standard Wholesale", "New Account", "Dispensary Chain", "Volume Buyer", "Premium Flower",
            "Clearance", "Consignment Partner", "Delivery Service", "Net 30 Regular", "Outdoor Value", "Concentrate Pro",
            "Edibles Focus", "Friends and Family", "Key Account"]
DEFAULTS = [("Flower", 35), ("Edibles", 40), ("Concentrates", 45), ("Vapes", 38), ("Pre-Rolls", 35),
            ("Accessories", 50), ("Topicals", 42), ("Tinctures", 40), ("OTHER", 30), ("Seeds", 45),
            ("Beverages", 35), ("DEFAULT", 30)]


class PricingRules(TableRule):
    """Markup and markdown rules over names of categories, grades and price bounds."""

    table = "pricing_rules"
    rows = param("pricing_rules")
    adjustment_type = Use.choice(["PERCENT_MARKUP", "PERCENT_MARKDOWN", "DOLLAR_MARKUP", "DOLLAR_MARKDOWN"],
                                 weights=[50, 25, 15, 10])
    logic_type = Use.choice(["AND", "OR"], weights=[85, 15])
    priority = Use.choice([0, 5, 10, 20, 50], weights=[20, 25, 30, 15, 10])
    is_active = Use("bool.flag", true_share=0.85)
    invariants = [
        Invariant("a pricing rule has conditions and a sensible adjustment (percent 1-40, dollars 5-150)",
                  "SELECT id FROM pricing_rules WHERE JSON_LENGTH(conditions) = 0 OR adjustment_value <= 0 "
                  "OR adjustment_value > IF(adjustment_type LIKE 'PERCENT%', 40, 150) "
                  "OR adjustment_type LIKE 'DOLLAR%' AND adjustment_value < 5 OR updated_at < created_at"),
    ]

    @derived("conditions")
    def conditions(row, rng):
        return CONDITIONS[row.index % len(CONDITIONS)]

    @derived("adjustment_value", after=["adjustment_type"])
    def value(row, rng):
        if row["adjustment_type"].startswith("PERCENT"):
            return round(rng.choice([2.5, 5, 7.5, 10, 12, 15, 20, 25]), 2)
        return rng.choice([5, 10, 15, 25, 40, 50, 75, 100])

    @derived("name", after=["adjustment_type"])
    def name(row, rng):
        what = " ".join(str(v) for v in CONDITIONS[row.index % len(CONDITIONS)].values())
        kind = "markup" if row["adjustment_type"].endswith("MARKUP") else "discount"
        return f"{what} {kind} #{row.index + 1}"


class PricingProfiles(TableRule):
    """Named rule sets; rules is a non-empty [{ruleId, priority}] over existing pricing_rules."""

    table = "pricing_profiles"
    reads = ("pricing_rules",)
    invariants = [
        Invariant("a pricing profile lists at least one rule, each an existing pricing rule",
                  "SELECT p.id FROM pricing_profiles p WHERE JSON_LENGTH(p.rules) = 0 OR EXISTS (SELECT 1 FROM "
                  "JSON_TABLE(p.rules, '$[*]' COLUMNS (rule_id INT PATH '$.ruleId')) j "
                  "LEFT JOIN pricing_rules r ON r.id = j.rule_id WHERE r.id IS NULL)"),
    ]

    def expand(src, rng):
        rules = [r["id"] for r in src.rows("pricing_rules")]
        out = []
        for i in range(src.param("pricing_profiles") if rules else 0):
            chosen = rng.sample(rules, min(len(rules), rng.randint(1, 4)))
            name = PROFILES[i % len(PROFILES)] + ("" if i < len(PROFILES) else f" {i // len(PROFILES) + 1}")
            out.append({"name": name, "rules": [{"ruleId": r, "priority": 10 * (len(chosen) - k)}
                                                for k, r in enumerate(chosen)],
                        "description": f"{name}: {len(chosen)} pricing rule(s)"})
        return out


class PricingDefaults(TableRule):
    """The default margin per product category (unique), OTHER and DEFAULT included."""

    table = "pricing_defaults"
    rows = len(DEFAULTS)
    fixtures = [{"product_category": c, "default_margin_percent": m} for c, m in DEFAULTS]
    invariants = [
        Invariant("pricing defaults include OTHER and DEFAULT, with margins between 0 and 100 %",
                  "SELECT COUNT(*) FROM pricing_defaults HAVING SUM(product_category IN ('OTHER', 'DEFAULT')) < 2 "
                  "OR SUM(default_margin_percent NOT BETWEEN 0 AND 100) > 0"),
    ]
