"""Clients: the buying (and supplier-mirroring) parties of DOMAIN 1.3 and 2.2."""

from seeder.ruleset import TableRule, Use


class Clients(TableRule):
    """Wholesale buyers; about 15 % mirror a supplier (is_seller), 60 as in the full profile."""

    table = "clients"
    rows = 60
    name = Use("company.name")
    is_buyer = Use("bool.flag", true_share=0.85)
    is_seller = Use("bool.flag", true_share=0.15)
    is_brand = Use("bool.flag", true_share=0.1)
    is_referee = Use("bool.flag", true_share=0.05)
    is_contractor = Use("bool.flag", true_share=0.05)
    tags = Use.choice(['["wholesale", "high-volume", "cannabis"]', '["retail", "cannabis"]',
                       '["vendor", "supplier", "cultivator"]'], weights=[15, 70, 15])
    custom_pricing_rules = None  # [{ruleId, priority}] only when no pricing profile; not expressible, keep NULL
    cogsAdjustmentType = Use.choice(["NONE", "PERCENTAGE", "FIXED_AMOUNT"], weights=[80, 15, 5])
    vip_portal_enabled = Use("bool.flag", true_share=0.2)


class ClientCreditLimits(TableRule):
    """One credit limit per client (unique client_id), so rows follow clients."""

    table = "client_credit_limits"
    rows = 60
    mode = Use.choice(["LEARNING", "ACTIVE"], weights=[40, 60])
    trend = Use.choice(["IMPROVING", "STABLE", "WORSENING"], weights=[25, 55, 20])
