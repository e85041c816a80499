"""Users and RBAC (DOMAIN 2.1, 0.8): user id 1 exists because sequential keys start at 1."""

from seeder.ruleset import Ref, TableRule, Use


class Users(TableRule):
    """Staff accounts; openId is the OAuth subject that user_roles and overrides point at."""

    table = "users"
    rows = 10
    openId = Use("uuid.v4")
    role = Use.choice(["user", "admin"], weights=[8, 2])


class UserRoles(TableRule):
    """Role grants; user_id holds users.openId (a string), not users.id (DOMAIN 2.1)."""

    table = "user_roles"
    references = [Ref("user_id", "users", "openId")]


class UserPermissionOverrides(TableRule):
    """Per-user permission overrides keyed by openId; granted is int 1 (grant) / 0 (revoke)."""

    table = "user_permission_overrides"
    references = [Ref("user_id", "users", "openId")]
    granted = Use.choice([1, 0], weights=[3, 1])


class UserDashboardPreferences(TableRule):
    """One preferences row per user (unique userId); layouts of DOMAIN 2.14."""

    table = "userDashboardPreferences"
    rows = 10
    activeLayout = Use.choice(["operations", "executive", "sales", "custom"], weights=[50, 20, 20, 10])
