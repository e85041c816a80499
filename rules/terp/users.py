"""Users and RBAC (DOMAIN 2.1, 0.8): user id 1 is the seed admin (openId admin-seed-user, DOMAIN 0.8).

Staff accounts exist before the history starts (created 1-12 months before the window) and are in use at its
end: lastSignedIn within the window's last two weeks, after creation; updatedAt between the two.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, Ref, TableRule, Use, derived


class Users(TableRule):
    """Staff accounts; openId is the OAuth subject that user_roles and overrides point at."""

    table = "users"
    rows = 10
    openId = Use("uuid.v4")
    role = Use.choice(["user", "admin"], weights=[8, 2])
    fixtures = [{"openId": "admin-seed-user", "name": "Seed Admin", "email": "admin@terp.local", "role": "admin"}]
    invariants = [
        Invariant("a user signs in after the account is created and is updated in between",
                  "SELECT id FROM users WHERE lastSignedIn < createdAt OR updatedAt < createdAt OR updatedAt > lastSignedIn"),
    ]

    @derived("createdAt")
    def created(row, rng):
        return row.window.start - timedelta(days=rng.randint(30, 365), minutes=rng.randint(0, 600))

    @derived("lastSignedIn")
    def signed_in(row, rng):
        return row.window.end - timedelta(minutes=rng.randint(30, 14 * 24 * 60))

    @derived("updatedAt", after=["createdAt", "lastSignedIn"])
    def updated(row, rng):
        return row["createdAt"] + (row["lastSignedIn"] - row["createdAt"]) * rng.random()


class UserRoles(TableRule):
    """Role grants; user_id holds users.openId (a string), not users.id; every user holds a role (DOMAIN 2.1)."""

    table = "user_roles"
    rows = 10      # what the planner expects (one a user); expand makes exactly one row per user
    references = [Ref("user_id", "users", "openId")]
    reads = ("users", "roles")
    invariants = [
        Invariant("every user holds at least one role (by openId)",
                  "SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.openId)"),
    ]

    def expand(src, rng):
        roles = {r["name"]: r["id"] for r in src.rows("roles")}
        staff = [r for r in roles if r not in ("Super Admin", "Owner/Executive", "Operations Manager")] or list(roles)
        out = []
        for u in src.rows("users"):
            name = "Super Admin" if u["id"] == 1 else rng.choice(["Owner/Executive", "Operations Manager"]) \
                if u["role"] == "admin" else rng.choice(staff)
            out.append({"user_id": u["openId"], "role_id": roles.get(name, next(iter(roles.values()))),
                        "created_at": u["createdAt"]})
        return out


class UserPermissionOverrides(TableRule):
    """Per-user permission overrides keyed by openId; granted is int 1 (grant) / 0 (revoke)."""

    table = "user_permission_overrides"
    references = [Ref("user_id", "users", "openId")]
    granted = Use.choice([1, 0], weights=[3, 1])
