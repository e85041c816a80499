"""Alert configurations (DOMAIN 2.21)."""

from seeder.ruleset import Poly, TableRule


class AlertConfigurations(TableRule):
    """User alerts on a product, batch, client or category (GLOBAL, with no target, has no table)."""

    table = "alert_configurations"
    polymorphic = [Poly("target_type", "target_id", {"PRODUCT": "products", "BATCH": "batches", "CLIENT": "clients",
                                                     "CATEGORY": "categories"})]
