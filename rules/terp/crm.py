"""Client communications and activity timelines (DOMAIN 2.2, 1.10, 2.23).

Staff talk to each client after it came (created_at): calls, emails, meetings and notes, a few to a dozen each,
spread over the window, logged by the user minutes to a day later. Each client's timeline starts with one
CREATED row when the client was created, then updates, notes and tag changes (about nine rows a client).
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule

SUBJECTS = {"CALL": ["Weekly check-in call", "Called about overdue balance", "Reorder call", "Price question"],
            "EMAIL": ["Sent updated menu", "Invoice copy sent", "Follow-up on samples", "New strains this week"],
            "MEETING": ["Quarterly review", "Store visit", "Tasting session", "Terms negotiation"],
            "NOTE": ["Prefers morning deliveries", "Buyer changed", "Interested in concentrates", "Paying by ACH now"]}
TAGS = ["wholesale", "high-volume", "retail", "slow-pay", "vip", "delivery"]


def _since(client, window):
    return max(client["created_at"] or window.start, window.start)


class ClientCommunications(TableRule):
    """Calls, emails, meetings and notes with a client, after it came, logged soon after."""

    table = "client_communications"
    reads = ("clients", "users")
    invariants = [
        Invariant("a client communication happens after the client came and is logged after it happened",
                  "SELECT m.id FROM client_communications m JOIN clients c ON c.id = m.client_id "
                  "WHERE m.communicated_at < c.created_at OR m.created_at < m.communicated_at"),
    ]

    def expand(src, rng):
        users, end, out = [u["id"] for u in src.rows("users")], src.window.end, []
        for c in src.rows("clients"):
            came = _since(c, src.window)
            for _ in range(rng.randint(2, 12) if users else 0):
                kind = rng.choices(["CALL", "EMAIL", "MEETING", "NOTE"], [35, 35, 15, 15])[0]
                at = came + (end - came) * rng.random()
                out.append({"client_id": c["id"], "communicationType": kind, "subject": rng.choice(SUBJECTS[kind]),
                            "notes": f"{kind.title()} with {c['name']}"[:500], "communicated_at": at,
                            "logged_by": rng.choice(users),
                            "created_at": min(end, at + timedelta(minutes=rng.randint(1, 24 * 60)))})
        return out


class ClientActivity(TableRule):
    """Each client's timeline: one CREATED row at its creation, then later activity."""

    table = "client_activity"
    reads = ("clients", "users")
    invariants = [
        Invariant("every client has one CREATED activity row at its creation and nothing before it",
                  "SELECT c.id FROM clients c LEFT JOIN (SELECT client_id, SUM(activity_type = 'CREATED') AS made, "
                  "MIN(IF(activity_type = 'CREATED', created_at, NULL)) AS at, MIN(created_at) AS first "
                  "FROM client_activity GROUP BY client_id) a ON a.client_id = c.id "
                  "WHERE COALESCE(a.made, 0) <> 1 OR a.at <> c.created_at OR a.first < a.at"),
    ]

    def expand(src, rng):
        users, end, out = [u["id"] for u in src.rows("users")], src.window.end, []
        for c in src.rows("clients"):
            if not users:
                break
            came = c["created_at"] or src.window.start
            out.append({"client_id": c["id"], "user_id": rng.choice(users), "activity_type": "CREATED",
                        "created_at": came})
            since = _since(c, src.window)
            for _ in range(rng.randint(4, 14)):
                kind = rng.choices(["UPDATED", "NOTE_ADDED", "TAG_ADDED", "TAG_REMOVED"], [45, 30, 15, 10])[0]
                meta = {"fields": rng.sample(["phone", "email", "address", "paymentTerms", "creditLimit"], 2)} \
                    if kind == "UPDATED" else {"tag": rng.choice(TAGS)} if kind.startswith("TAG") else None
                out.append({"client_id": c["id"], "user_id": rng.choice(users), "activity_type": kind,
                            "metadata": meta, "created_at": since + (end - since) * rng.random()})
        return out
