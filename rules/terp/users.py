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
    """Role grants; user_id holds users.openId (a string), not users.id (DOMAIN 2.1)."""

    table = "user_roles"
    references = [Ref("user_id", "users", "openId")]


class UserPermissionOverrides(TableRule):
    """Per-user permission overrides keyed by openId; granted is int 1 (grant) / 0 (revoke)."""

    table = "user_permission_overrides"
    references = [Ref("user_id", "users", "openId")]
    granted = Use.choice([1, 0], weights=[3, 1])
