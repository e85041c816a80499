"""Client needs, vendor supply and the matches between them (DOMAIN 2.18, 2.23).

Categories and grades are catalogue names. A need is created after its client; it expires (expires_at) 5-60
days after creation, needed_by within that; FULFILLED ones have fulfilled_at between creation and expiry,
EXPIRED ones had expired by the window's end, ACTIVE ones have not. Supply is offered after the vendor came:
RESERVED and PURCHASED offers have reserved_at (then purchased_at), EXPIRED ones had passed available_until.
A match names exactly one source (a batch, a supply offer or a past order of the client), its type follows its
confidence (EXACT >= 80, CLOSE 50-79, HISTORICAL for past orders), comes after the need, and an action records
when and by whom; a match that led to a sale names an order of the client placed after it.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule, Use, derived

CATEGORY = Use.choice(["Flower", "Concentrates", "Edibles", "Pre-Rolls", "Vapes"], weights=[80, 6, 6, 4, 4])
SUBCATEGORY = Use.choice(["Indoor", "Greenhouse", "Outdoor"], weights=[40, 35, 25])
GRADE = Use.choice(["AAA", "AA", "A"], weights=[40, 35, 25])
REASONS = ["Same category", "Grade matches", "Within price range", "Quantity available", "Strain type matches",
           "Bought this before"]


def _after(row, came, rng, share=0.95):
    came = max(came or row.window.start, row.window.start)
    return came + (row.window.end - came) * rng.random() * share


class ClientNeeds(TableRule):
    """What a client is looking for; most needs are still active."""

    table = "client_needs"
    category, subcategory, grade = CATEGORY, SUBCATEGORY, GRADE
    status = Use.choice(["ACTIVE", "FULFILLED", "EXPIRED", "CANCELLED"], weights=[30, 35, 25, 10])
    strain_type = Use.choice(["HYBRID", "INDICA", "SATIVA", "ANY", "CBD"], weights=[35, 25, 20, 15, 5])
    quantity_min = Use.choice([1, 2, 5, 10], weights=[30, 30, 25, 15])
    price_max = Use("number.range", low=400, high=2000, decimals=2)
    invariants = [
        Invariant("a need is dated after its client, expires after creation, and its status follows its dates",
                  "SELECT n.id, n.status FROM client_needs n JOIN clients c ON c.id = n.client_id "
                  "WHERE n.created_at < c.created_at OR n.expires_at <= n.created_at OR n.quantity_min > n.quantity_max "
                  "OR n.price_max <= 0 OR (n.status = 'FULFILLED') <> (n.fulfilled_at IS NOT NULL) "
                  "OR n.fulfilled_at < n.created_at OR n.fulfilled_at > n.expires_at "
                  "OR n.status = 'EXPIRED' AND n.expires_at > n.updated_at OR n.updated_at < n.created_at"),
    ]

    @derived("created_at", after=["client_id"])
    def created(row, rng):
        return _after(row, row.parent("client_id")["created_at"], rng, 0.9)

    @derived("expires_at", after=["created_at", "status"])
    def expires(row, rng):
        at = row["created_at"] + timedelta(days=rng.randint(5, 60))
        if row["status"] == "EXPIRED":
            return min(at, row.window.end - timedelta(days=1))
        if row["status"] == "ACTIVE":
            return max(at, row.window.end + timedelta(days=rng.randint(1, 30)))
        return at

    @derived("needed_by", after=["created_at", "expires_at"])
    def needed_by(row, rng):
        return (row["created_at"] + (row["expires_at"] - row["created_at"]) * rng.uniform(0.3, 1)).date()

    @derived("fulfilled_at", after=["status", "created_at", "expires_at"])
    def fulfilled(row, rng):
        if row["status"] != "FULFILLED":
            return None
        return row["created_at"] + (min(row["expires_at"], row.window.end) - row["created_at"]) * rng.random()

    @derived("updated_at", after=["status", "created_at", "expires_at", "fulfilled_at"])
    def updated(row, rng):
        last = row["fulfilled_at"] or min(row["expires_at"], row.window.end)
        if row["status"] == "ACTIVE":
            last = row["created_at"] + (row.window.end - row["created_at"]) * rng.random()
        return max(last, row["created_at"])

    @derived("quantity_max", after=["quantity_min"])
    def quantity_max(row, rng):
        return row["quantity_min"] * rng.choice([1, 2, 3, 5])


class VendorSupply(TableRule):
    """What a vendor offers; most offers are available or reserved."""

    table = "vendor_supply"
    category, subcategory, grade = CATEGORY, SUBCATEGORY, GRADE
    status = Use.choice(["AVAILABLE", "RESERVED", "PURCHASED", "EXPIRED"], weights=[35, 15, 35, 15])
    strain_type = Use.choice(["HYBRID", "INDICA", "SATIVA", "CBD"], weights=[40, 30, 25, 5])
    quantity_available = Use.choice([5, 10, 20, 50, 100], weights=[20, 30, 25, 15, 10])
    unit_price = Use("number.range", low=300, high=1800, decimals=2)
    invariants = [
        Invariant("supply is offered after its vendor came; reserved_at <= purchased_at follow its status",
                  "SELECT s.id, s.status FROM vendor_supply s JOIN vendors v ON v.id = s.vendor_id "
                  "WHERE s.created_at < v.createdAt OR (s.status IN ('RESERVED', 'PURCHASED')) <> (s.reserved_at IS NOT NULL) "
                  "OR (s.status = 'PURCHASED') <> (s.purchased_at IS NOT NULL) OR s.purchased_at < s.reserved_at "
                  "OR s.reserved_at < s.created_at OR s.available_until <= s.created_at "
                  "OR s.status = 'EXPIRED' AND s.available_until > s.updated_at "
                  "OR GREATEST(s.created_at, COALESCE(s.reserved_at, s.created_at), "
                  "COALESCE(s.purchased_at, s.created_at)) > s.updated_at"),
    ]

    @derived("created_at", after=["vendor_id"])
    def created(row, rng):
        return _after(row, row.parent("vendor_id")["createdAt"], rng, 0.9)

    @derived("available_until", after=["created_at", "status"])
    def until(row, rng):
        at = row["created_at"] + timedelta(days=rng.randint(7, 45))
        if row["status"] == "EXPIRED":
            return min(at, row.window.end - timedelta(days=1))
        if row["status"] == "AVAILABLE":
            return max(at, row.window.end + timedelta(days=rng.randint(1, 30)))
        return at

    @derived("reserved_at", after=["status", "created_at", "available_until"])
    def reserved(row, rng):
        if row["status"] not in ("RESERVED", "PURCHASED"):
            return None
        return row["created_at"] + (min(row["available_until"], row.window.end) - row["created_at"]) * rng.uniform(0, 0.5)

    @derived("purchased_at", after=["status", "reserved_at"])
    def purchased(row, rng):
        if row["status"] != "PURCHASED":
            return None
        return row["reserved_at"] + (row.window.end - row["reserved_at"]) * rng.uniform(0, 0.2)

    @derived("updated_at", after=["status", "created_at", "available_until", "reserved_at", "purchased_at"])
    def updated(row, rng):
        if row["status"] == "EXPIRED":
            return row["available_until"] + (row.window.end - row["available_until"]) * rng.random()
        last = row["purchased_at"] or row["reserved_at"] or row["created_at"]
        return last + (row.window.end - last) * rng.random() * 0.3


class MatchRecords(TableRule):
    """One to three matches for most needs, from a batch, a supply offer or a past order (see the module)."""

    table = "match_records"
    reads = ("client_needs", "vendor_supply", "batches", "orders", "users")
    # set by expand where they apply; NULL elsewhere, even when no row of a run needs them
    actioned_at = actioned_by = historical_order_id = sale_order_id = inventory_batch_id = vendor_supply_id = None
    invariants = [
        Invariant("a match has exactly one source, a type that follows its confidence, and comes after its need",
                  "SELECT m.id FROM match_records m LEFT JOIN client_needs n ON n.id = m.client_need_id "
                  "WHERE (m.inventory_batch_id IS NOT NULL) + (m.vendor_supply_id IS NOT NULL) "
                  "+ (m.historical_order_id IS NOT NULL) <> 1 OR m.confidence_score NOT BETWEEN 50 AND 100 "
                  "OR (m.match_type = 'HISTORICAL') <> (m.historical_order_id IS NOT NULL) "
                  "OR m.match_type = 'EXACT' AND m.confidence_score < 80 OR m.match_type = 'CLOSE' AND m.confidence_score >= 80 "
                  "OR m.created_at < n.created_at OR n.client_id <> m.client_id"),
        Invariant("an actioned match says when and by whom; a sale from a match names the client's later order",
                  "SELECT m.id FROM match_records m LEFT JOIN orders o ON o.id = m.sale_order_id "
                  "WHERE (COALESCE(m.user_action, 'NONE') <> 'NONE') <> (m.actioned_at IS NOT NULL) "
                  "OR (m.actioned_at IS NULL) <> (m.actioned_by IS NULL) OR m.actioned_at < m.created_at "
                  "OR COALESCE(m.resulted_in_sale, 0) <> (m.sale_order_id IS NOT NULL) "
                  "OR o.client_id <> m.client_id OR o.created_at < m.created_at"),
    ]

    def expand(src, rng):
        end = src.window.end
        users = [u["id"] for u in src.rows("users")]
        batches = [b["id"] for b in src.rows("batches")]
        supply = [s["id"] for s in src.rows("vendor_supply")]
        orders: dict = {}
        for o in src.rows("orders"):
            orders.setdefault(o["client_id"], []).append(o)
        out = []
        for n in src.rows("client_needs"):
            if n["status"] == "CANCELLED" or rng.random() < 0.2:
                continue
            past = [o for o in orders.get(n["client_id"], []) if o["created_at"] < n["created_at"]]
            for _ in range(rng.randint(1, 3)):
                made = n["created_at"] + (min(n["expires_at"], end) - n["created_at"]) * rng.random() * 0.3
                kind = rng.choices(["batch", "supply", "order"], [50, 30, 20 if past else 0])[0]
                row = {"client_need_id": n["id"], "client_id": n["client_id"], "created_at": made,
                       "match_reasons": rng.sample(REASONS, rng.randint(1, 3)), "resulted_in_sale": False}
                if kind == "order":
                    row.update(historical_order_id=rng.choice(past)["id"], match_type="HISTORICAL",
                               confidence_score=rng.randint(50, 90))
                else:
                    score = rng.randint(50, 98)
                    row.update(match_type="EXACT" if score >= 80 else "CLOSE", confidence_score=score)
                    row["inventory_batch_id" if kind == "batch" or not supply else "vendor_supply_id"] = \
                        rng.choice(batches) if kind == "batch" or not supply else rng.choice(supply)
                action = rng.choices(["NONE", "CREATED_QUOTE", "CONTACTED_VENDOR", "DISMISSED"], [40, 25, 15, 20])[0]
                row["user_action"] = action
                if action != "NONE":
                    row.update(actioned_at=made + (end - made) * rng.random() * 0.1, actioned_by=rng.choice(users))
                later = [o for o in orders.get(n["client_id"], []) if o["created_at"] >= made]
                if action == "CREATED_QUOTE" and later and rng.random() < 0.5:
                    row.update(resulted_in_sale=True, sale_order_id=later[0]["id"])
                out.append(row)
        return out
