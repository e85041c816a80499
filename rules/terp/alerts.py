"""Alert configurations (DOMAIN 2.21): EMAIL or BOTH delivery sends to the user's e-mail address, DASHBOARD
delivery has none; a configuration is updated after it is created."""

from seeder.ruleset import Invariant, Poly, TableRule, Use, derived


class AlertConfigurations(TableRule):
    """User alerts on a product, batch, client or category (GLOBAL, with no target, has no table)."""

    table = "alert_configurations"
    polymorphic = [Poly("target_type", "target_id", {"PRODUCT": "products", "BATCH": "batches", "CLIENT": "clients",
                                                     "CATEGORY": "categories"})]
    delivery_method = Use.choice(["DASHBOARD", "EMAIL", "BOTH"], weights=[60, 25, 15])
    invariants = [
        Invariant("EMAIL and BOTH alerts have an e-mail address, DASHBOARD ones none; updated after created",
                  "SELECT id FROM alert_configurations WHERE (delivery_method = 'DASHBOARD') = (email_address IS NOT NULL) "
                  "OR updated_at < created_at"),
    ]

    @derived("email_address", after=["delivery_method", "user_id"])
    def email(row, rng):
        if row["delivery_method"] == "DASHBOARD":
            return None
        return row.parent("user_id")["email"] or f"user{row['user_id']}@terp.local"
