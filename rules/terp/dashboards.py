"""Dashboard preferences, widget layouts and KPI configurations (DOMAIN 2.14).

Every user has one preferences row (unique userId): an active layout (operations mostly) and widgetConfig, the
app's [{id, isVisible, order}] over its widget ids, the first eight visible in order 1-8 by default, some
users having hidden or reordered a few. Widget layouts are either a user's own (userId, no role) or a role's
default (role, no userId), with positions 1.. per owner and sizes >= 1; KPI configurations are per role.
"""

from seeder.ruleset import Invariant, TableRule

WIDGETS = ["sales-by-client", "cash-flow", "transaction-snapshot", "inventory-snapshot", "total-debt",
           "sales-comparison", "profitability", "matchmaking-opportunities", "workflow-queue", "workflow-activity",
           "inbox"]
KPIS = ["total_revenue", "cash_collected", "ar_outstanding", "inventory_value", "gross_margin", "orders_count",
        "active_clients", "overdue_invoices"]


def _widgets(rng, tweak: bool) -> list[dict]:
    ids = WIDGETS[:]
    if tweak:
        i, j = rng.sample(range(8), 2)
        ids[i], ids[j] = ids[j], ids[i]
    hidden = set(rng.sample(range(8), rng.randint(0, 2))) if tweak else set()
    return [{"id": w, "isVisible": k < 8 and k not in hidden, "order": k + 1} for k, w in enumerate(ids)]


class UserDashboardPreferences(TableRule):
    """One preferences row per user, created after the account."""

    table = "userDashboardPreferences"
    rows = 10      # what the planner expects (users has 10 rows); expand makes exactly one row per user
    reads = ("users",)
    invariants = [
        Invariant("every user has dashboard preferences: a known layout and a non-empty widget list",
                  "SELECT u.id FROM users u LEFT JOIN userDashboardPreferences p ON p.userId = u.id WHERE p.id IS NULL "
                  "OR p.activeLayout NOT IN ('executive', 'operations', 'sales', 'custom') "
                  "OR JSON_LENGTH(p.widgetConfig) = 0 OR p.createdAt < u.createdAt OR p.updatedAt < p.createdAt"),
    ]

    def expand(src, rng):
        out = []
        for u in src.rows("users"):
            layout = "executive" if u["role"] == "admin" and rng.random() < 0.6 else \
                rng.choices(["operations", "sales", "custom"], [60, 30, 10])[0]
            made = u["createdAt"] + (u["lastSignedIn"] - u["createdAt"]) * rng.random() * 0.2
            out.append({"userId": u["id"], "activeLayout": layout, "widgetConfig": _widgets(rng, rng.random() < 0.4),
                        "createdAt": made, "updatedAt": made + (u["lastSignedIn"] - made) * rng.random()})
        return out


class DashboardWidgetLayouts(TableRule):
    """Role default layouts (user, admin) and the own layouts of about half the users."""

    table = "dashboard_widget_layouts"
    reads = ("users",)
    invariants = [
        Invariant("a widget layout belongs to a user or to a role, never both; positions unique and sizes >= 1",
                  "SELECT COALESCE(userId, role), position FROM dashboard_widget_layouts "
                  "GROUP BY userId, role, position HAVING COUNT(*) > 1 OR MIN(width) < 1 OR MIN(height) < 1 "
                  "OR MIN(position) < 1 OR MAX((userId IS NULL) = (role IS NULL)) = 1"),
    ]

    def expand(src, rng):
        start, out = src.window.start, []
        owners = [({"role": r}, start) for r in ("user", "admin")]
        owners += [({"userId": u["id"]}, u["lastSignedIn"] - (u["lastSignedIn"] - start) * rng.random())
                   for u in src.rows("users") if rng.random() < 0.5]
        for owner, made in owners:
            for k, w in enumerate(WIDGETS[:8]):
                out.append({**owner, "widgetType": w, "position": k + 1, "width": rng.choice([1, 1, 2]),
                            "height": rng.choice([1, 1, 2]), "isVisible": k < 6 or rng.random() < 0.5,
                            "config": {"timeRange": rng.choice(["7d", "30d", "90d", "ytd"])},
                            "createdAt": made, "updatedAt": made})
        return out


class DashboardKpiConfigs(TableRule):
    """Per role, the KPI cards in order 1..8."""

    table = "dashboard_kpi_configs"
    invariants = [
        Invariant("a role shows each KPI once, at distinct positions from 1",
                  "SELECT role, kpiType FROM dashboard_kpi_configs GROUP BY role, kpiType HAVING COUNT(*) > 1 "
                  "UNION ALL SELECT role, position FROM dashboard_kpi_configs GROUP BY role, position "
                  "HAVING COUNT(*) > 1 OR MIN(position) < 1"),
    ]

    def expand(src, rng):
        return [{"role": role, "kpiType": kpi, "position": k + 1, "isVisible": k < 6 or role == "admin",
                 "createdAt": src.window.start, "updatedAt": src.window.start}
                for role in ("user", "admin") for k, kpi in enumerate(KPIS)]
