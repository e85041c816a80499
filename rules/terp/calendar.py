"""Calendar events and their permissions (DOMAIN 2.11).

Start dates are spread evenly over the window and about AHEAD_DAYS past its end (the calendar already holds
the coming weeks), so every whole month of the window holds about as many events (busiest <= 1.5x quietest);
they fall on weekdays (a weekend date moves to the nearest weekday of its month).
An event is created the day it starts or up to two months earlier (never before the window). A fifth are
all-day (is_floating_time, no times, multi-day ones too); the others run 30-120 minutes within business hours.
What happened is judged against the event's last update (updated_at, never after the window's end): a past
event was last touched within two days after it started, a coming one between creation and the window's end;
only an event that had started by then is IN_PROGRESS or COMPLETED.
"""

from datetime import datetime, time, timedelta

from seeder.ruleset import Invariant, Poly, Rollup, TableRule, Use, derived, param

MODULE = {"PAYMENT_DUE": "ACCOUNTING", "AR_COLLECTION": "ACCOUNTING", "AP_PAYMENT": "ACCOUNTING",
          "INTAKE": "INVENTORY", "PHOTOGRAPHY": "INVENTORY", "BATCH_EXPIRATION": "INVENTORY",
          "DELIVERY": "ORDERS", "RECURRING_ORDER": "ORDERS", "SAMPLE_REQUEST": "SAMPLES", "AUDIT": "COMPLIANCE",
          "MEETING": "CLIENTS", "FOLLOW_UP": "CLIENTS", "TASK": "GENERAL", "DEADLINE": "GENERAL", "OTHER": "GENERAL"}
AUTO_RULE = {"PAYMENT_DUE": "payment_due_reminder", "AR_COLLECTION": "ar_collection_follow_up",
             "BATCH_EXPIRATION": "batch_expiration_alert", "RECURRING_ORDER": "recurring_order_schedule"}
LEAD_DAYS = ([(0, 0), (1, 14), (15, 60)], [20, 50, 30])
AHEAD_DAYS = 75      # events scheduled past the window's end
# whole months of the window, as the events tell it (first created .. last updated): count by start_date
MONTHLY_SPREAD = (
    "SELECT COUNT(*) AS months, MIN(n) AS quietest, MAX(n) AS busiest FROM (SELECT "
    "EXTRACT(YEAR_MONTH FROM e.start_date) AS m, COUNT(*) AS n, MIN(w.first) AS first, MIN(w.last) AS last "
    "FROM calendar_events e JOIN (SELECT IF(DAY(MIN(created_at)) = 1, DATE(MIN(created_at)), "
    "LAST_DAY(MIN(created_at)) + INTERVAL 1 DAY) AS first, "
    "LAST_DAY(DATE(MAX(updated_at)) + INTERVAL 1 DAY - INTERVAL 1 MONTH) AS last FROM calendar_events) w "
    "ON e.start_date BETWEEN w.first AND w.last GROUP BY m) t "
    "HAVING MAX(n) > 1.5 * MIN(n) AND MAX(n) - MIN(n) > 1 "
    "OR COUNT(*) < PERIOD_DIFF(EXTRACT(YEAR_MONTH FROM MIN(last)), EXTRACT(YEAR_MONTH FROM MIN(first))) + 1")
PAST_STATES = (["COMPLETED", "CANCELLED", "SCHEDULED", "IN_PROGRESS"], [75, 12, 8, 5])


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


class CalendarEvents(TableRule):
    """Events linked (lowercase entity_type) to a sales sheet, client, vendor or order."""

    table = "calendar_events"
    rows = param("events")
    # "invoice" -> invoices is left out on purpose: polymorphic targets only order tables where they close no
    # cycle, considered alphabetically, and calendar_events -> invoices would be kept before invoices -> orders
    # (orders.intake_event_id -> calendar_events is declared), leaving every invoices.referenceType NULL.
    # "order" stays mapped but is never drawn for the same reason (orders are inserted after events).
    polymorphic = [Poly("entity_type", "entity_id", {
        "sales_sheet": "sales_sheet_history", "client": "clients", "vendor": "vendors", "order": "orders",
    })]
    timezone = Use.choice(["America/Los_Angeles", "America/Denver", "America/New_York"], weights=[85, 10, 5])
    location = Use("address.street")
    event_type = Use.choice(
        ["MEETING", "FOLLOW_UP", "DELIVERY", "PAYMENT_DUE", "TASK", "DEADLINE", "INTAKE", "PHOTOGRAPHY",
         "AR_COLLECTION", "AP_PAYMENT", "SAMPLE_REQUEST", "AUDIT", "BATCH_EXPIRATION", "RECURRING_ORDER", "OTHER"],
        weights=[20, 12, 10, 10, 8, 6, 6, 4, 5, 4, 4, 2, 3, 3, 3])
    priority = Use.choice(["MEDIUM", "HIGH", "LOW", "URGENT"], weights=[50, 25, 20, 5])
    visibility = Use.choice(["COMPANY", "TEAM", "PRIVATE", "PUBLIC"], weights=[60, 25, 12, 3])
    is_floating_time = Use("bool.flag", true_share=0.2)
    is_auto_generated = Use("bool.flag", true_share=0.2)
    is_recurring = False   # the rollup: recurring exactly when a recurrence rule points at the event
    rollups = [Rollup("is_recurring", child="calendar_recurrence_rules", via="event_id",
                      fn=lambda event, rules: bool(rules))]
    invariants = [
        Invariant("an event is scheduled no earlier than it is created and ends on or after it starts",
                  "SELECT id FROM calendar_events WHERE end_date < start_date OR start_date < DATE(created_at) - INTERVAL 1 DAY"),
        Invariant("all-day events have no times; timed events run HH:MM:SS to a later HH:MM:SS the same day",
                  "SELECT id FROM calendar_events WHERE IF(is_floating_time, start_time IS NOT NULL OR end_time IS NOT NULL, "
                  "start_time IS NULL OR end_time IS NULL OR end_date <> start_date OR end_time <= start_time "
                  "OR start_time NOT REGEXP '^[0-2][0-9]:[0-5][0-9]:[0-5][0-9]$' "
                  "OR end_time NOT REGEXP '^[0-2][0-9]:[0-5][0-9]:[0-5][0-9]$')"),
        Invariant("client and vendor events name their party in client_id / vendor_id, other events none",
                  "SELECT id, entity_type FROM calendar_events WHERE NOT (client_id <=> IF(entity_type = 'client', entity_id, NULL)) "
                  "OR NOT (vendor_id <=> IF(entity_type = 'vendor', entity_id, NULL))"),
        Invariant("the module is the event type's; auto-generated events name their rule, others none",
                  "SELECT id FROM calendar_events WHERE (is_auto_generated = 1) <> (auto_generation_rule IS NOT NULL) "
                  "OR module <> CASE WHEN event_type IN ('PAYMENT_DUE', 'AR_COLLECTION', 'AP_PAYMENT') THEN 'ACCOUNTING' "
                  "WHEN event_type IN ('INTAKE', 'PHOTOGRAPHY', 'BATCH_EXPIRATION') THEN 'INVENTORY' "
                  "WHEN event_type IN ('DELIVERY', 'RECURRING_ORDER') THEN 'ORDERS' WHEN event_type = 'SAMPLE_REQUEST' "
                  "THEN 'SAMPLES' WHEN event_type = 'AUDIT' THEN 'COMPLIANCE' WHEN event_type IN ('MEETING', 'FOLLOW_UP') "
                  "THEN 'CLIENTS' ELSE 'GENERAL' END"),
        Invariant("only an event that had started by its last update is IN_PROGRESS or COMPLETED",
                  "SELECT id, status FROM calendar_events WHERE status IN ('IN_PROGRESS', 'COMPLETED') "
                  "AND start_date > DATE(updated_at)"),
        Invariant("the busiest whole month of the window holds at most 1.5x the events of the quietest (or one more)",
                  MONTHLY_SPREAD),
        Invariant("an event is recurring exactly when it has a recurrence rule",
                  "SELECT e.id FROM calendar_events e WHERE e.is_recurring <> "
                  "EXISTS (SELECT 1 FROM calendar_recurrence_rules r WHERE r.event_id = e.id)"),
    ]

    @derived("start_date")
    def start(row, rng):
        first, last = row.window.start.date(), row.window.end.date() + timedelta(days=AHEAD_DAYS)
        span = (last - first).days + 1
        slot = row.index + 0.5 + rng.uniform(-0.25, 0.25)    # evenly spaced, a little jitter
        day = first + timedelta(days=int(span * slot / max(1, row.param("events"))))
        # a weekend day moves to the nearest weekday of the same month (the monthly counts stay as they are)
        if day.weekday() == 5:
            return day - timedelta(days=1) if day.day > 1 else day + timedelta(days=2)
        if day.weekday() == 6:
            return day + timedelta(days=1) if (day + timedelta(days=1)).month == day.month else day - timedelta(days=2)
        return day

    @derived("created_at", after=["start_date"])
    def created(row, rng):
        low, high = rng.choices(*LEAD_DAYS)[0]
        at = datetime.combine(row["start_date"] - timedelta(days=rng.randint(low, high)), time(7)) \
            + timedelta(minutes=rng.randint(0, 600))
        return min(max(at, row.window.start), row.window.end - timedelta(hours=1))

    @derived("updated_at", after=["start_date", "created_at"])
    def updated(row, rng):
        begun = datetime.combine(row["start_date"], time(8))
        if begun + timedelta(days=2) <= row.window.end and rng.random() < 0.92:
            return max(row["created_at"], begun + timedelta(minutes=rng.randint(60, 2 * 24 * 60)))
        return row["created_at"] + (row.window.end - row["created_at"]) * rng.random()

    @derived("end_date", after=["start_date", "is_floating_time"])
    def end(row, rng):
        days = rng.choices([0, 1, 2, 3], [70, 15, 10, 5])[0] if row["is_floating_time"] else 0
        return row["start_date"] + timedelta(days=days)

    @derived("start_time", after=["is_floating_time"])
    def start_time(row, rng):
        return None if row["is_floating_time"] else _clock(8 * 60 + 15 * rng.randint(0, 36))

    @derived("end_time", after=["start_time"])
    def end_time(row, rng):
        if row["start_time"] is None:
            return None
        hours, minutes = int(row["start_time"][:2]), int(row["start_time"][3:5])
        return _clock(hours * 60 + minutes + rng.choice([30, 45, 60, 60, 90, 120]))

    @derived("status", after=["start_date", "updated_at"])
    def status(row, rng):
        if row["start_date"] > row["updated_at"].date():
            return rng.choices(["SCHEDULED", "CANCELLED"], [90, 10])[0]
        return rng.choices(*PAST_STATES)[0]

    @derived("module", after=["event_type"])
    def module(row, rng):
        return MODULE[row["event_type"]]

    @derived("auto_generation_rule", after=["is_auto_generated", "event_type"])
    def auto_rule(row, rng):
        if not row["is_auto_generated"]:
            return None
        return AUTO_RULE.get(row["event_type"], f"{row['event_type'].lower()}_schedule")

    @derived("client_id", after=["entity_type", "entity_id"])
    def client(row, rng):
        return row["entity_id"] if row["entity_type"] == "client" else None

    @derived("vendor_id", after=["entity_type", "entity_id"])
    def vendor(row, rng):
        return row["entity_id"] if row["entity_type"] == "vendor" else None


class CalendarEventPermissions(TableRule):
    """Grants on an event: USER -> users, ROLE -> roles (TEAM has no table)."""

    table = "calendar_event_permissions"
    polymorphic = [Poly("grant_type", "grantee_id", {"USER": "users", "ROLE": "roles"})]


class ClientMeetingHistory(TableRule):
    """A record per past client meeting or follow-up event: its client, start, attendees and outcome."""

    table = "client_meeting_history"
    reads = ("calendar_events", "calendar_event_participants")
    invariants = [
        Invariant("a meeting record is its client event's: same client, its start, an outcome that matches the status",
                  "SELECT m.id FROM client_meeting_history m JOIN calendar_events e ON e.id = m.calendar_event_id "
                  "WHERE NOT m.client_id <=> e.client_id OR DATE(m.meeting_date) <> e.start_date "
                  "OR m.outcome <> CASE e.status WHEN 'COMPLETED' THEN 'completed' WHEN 'SCHEDULED' THEN 'rescheduled' "
                  "ELSE IF(m.outcome = 'no-show', 'no-show', 'cancelled') END OR m.created_at < e.created_at"),
    ]

    def expand(src, rng):
        people: dict = {}
        for p in src.rows("calendar_event_participants"):
            people.setdefault(p["event_id"], []).append({"userId": p["user_id"], "role": p["role"],
                                                         "responseStatus": p["response_status"]})
        out = []
        for e in src.rows("calendar_events"):
            if e["client_id"] is None or e["event_type"] not in ("MEETING", "FOLLOW_UP") \
                    or e["status"] == "IN_PROGRESS" or e["start_date"] > e["updated_at"].date():
                continue
            outcome = {"COMPLETED": "completed", "SCHEDULED": "rescheduled"}.get(
                e["status"], rng.choice(["cancelled", "no-show"]))
            start = datetime.combine(e["start_date"], time(int((e["start_time"] or "09")[:2])))
            out.append({"client_id": e["client_id"], "calendar_event_id": e["id"], "meeting_date": start,
                        "meeting_type": rng.choices(["sales", "collections", "review"], [60, 20, 20])[0],
                        "attendees": people.get(e["id"], []), "outcome": outcome,
                        "action_items": [{"text": "Send updated menu", "completed": outcome == "completed"}]
                        if outcome == "completed" else [],
                        "created_at": e["updated_at"], "updated_at": e["updated_at"]})
        return out
