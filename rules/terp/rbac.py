"""Roles, permissions and who holds them (DOMAIN 2.1).

The 10 system roles and the 255 `module:action` permissions with the per-module counts of DOMAIN 2.1 exist
from the start (created before the window). Super Admin holds every permission; Read-Only Auditor every view
permission; the other roles hold their modules' permissions. Every user holds a role (user_roles.user_id is
users.openId): user 1, the seed admin, is Super Admin, other admins are owners or operations managers.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule, derived

ROLES = ["Super Admin", "Owner/Executive", "Operations Manager", "Sales Manager", "Accountant", "Inventory Manager",
         "Buyer/Procurement", "Customer Service", "Warehouse Staff", "Read-Only Auditor"]
MODULES = {"accounting": 30, "inventory": 25, "orders": 20, "calendar": 15, "clients": 15, "pricing": 12,
           "settings": 12, "todo": 12, "users": 12, "admin": 10, "comments": 10, "returns": 10, "vendors": 10,
           "vip_portal": 10, "matching": 8, "purchase_orders": 8, "samples": 8, "tags": 8, "inbox": 6, "audit_logs": 4,
           "dashboard": 4, "analytics": 3, "metrics": 3}
ACTIONS = ["view", "create", "edit", "delete", "export", "approve", "manage", "assign", "import", "archive",
           "restore", "share", "void", "post", "reconcile", "close", "reopen", "adjust", "transfer", "print", "email",
           "schedule", "convert", "override", "audit", "lock", "unlock", "merge", "split", "configure"]
HOLDS = {"Owner/Executive": set(MODULES) - {"admin", "settings"},
         "Operations Manager": {"inventory", "orders", "calendar", "todo", "comments", "inbox", "dashboard", "returns",
                                "vendors", "purchase_orders", "samples", "tags", "matching"},
         "Sales Manager": {"orders", "clients", "pricing", "calendar", "todo", "comments", "inbox", "dashboard",
                           "matching", "samples", "vip_portal", "analytics"},
         "Accountant": {"accounting", "clients", "vendors", "returns", "dashboard", "metrics", "analytics", "inbox"},
         "Inventory Manager": {"inventory", "purchase_orders", "vendors", "samples", "tags", "inbox", "todo"},
         "Buyer/Procurement": {"purchase_orders", "vendors", "inventory", "matching", "inbox"},
         "Customer Service": {"clients", "orders", "returns", "comments", "inbox", "calendar"},
         "Warehouse Staff": {"inventory", "orders", "todo", "inbox"}}


class Roles(TableRule):
    """The 10 system roles of DOMAIN 2.1 (is_system_role 1), created before the window."""

    table = "roles"
    rows = len(ROLES)
    fixtures = [{"name": r, "description": f"System role: {r}", "is_system_role": 1} for r in ROLES]

    @derived("created_at")
    def created(row, rng):
        return row.window.start - timedelta(days=30)

    @derived("updated_at", after=["created_at"])
    def updated(row, rng):
        return row["created_at"]


class Permissions(TableRule):
    """255 permissions named module:action (the module is the prefix), with DOMAIN 2.1's counts per module."""

    table = "permissions"
    reads = ("roles",)
    invariants = [
        Invariant("a permission's module is its name's prefix",
                  "SELECT id, name FROM permissions WHERE name NOT LIKE CONCAT(module, ':%')"),
    ]

    def expand(src, rng):
        at = src.window.start - timedelta(days=30)
        return [{"name": f"{module}:{action}", "module": module, "created_at": at,
                 "description": f"{action.title()} {module.replace('_', ' ')}"}
                for module, n in MODULES.items() for action in ACTIONS[:n]]


class RolePermissions(TableRule):
    """What each role may do: Super Admin all, the auditor every view, the others their modules."""

    table = "role_permissions"
    reads = ("roles", "permissions")
    invariants = [
        Invariant("Super Admin holds every permission",
                  "SELECT p.id FROM permissions p WHERE NOT EXISTS (SELECT 1 FROM role_permissions rp JOIN roles r "
                  "ON r.id = rp.role_id WHERE r.name = 'Super Admin' AND rp.permission_id = p.id)"),
    ]

    def expand(src, rng):
        out = []
        for role in src.rows("roles"):
            for p in src.rows("permissions"):
                if role["name"] == "Super Admin" or p["module"] in HOLDS.get(role["name"], ()) \
                        or role["name"] == "Read-Only Auditor" and p["name"].endswith(":view"):
                    out.append({"role_id": role["id"], "permission_id": p["id"], "created_at": p["created_at"]})
        return out
