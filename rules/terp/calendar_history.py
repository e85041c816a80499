"""Recurring meetings and what happened to each event (DOMAIN 2.11).

About one event in ten (meetings, collections, audits, recurring orders and tasks that were not cancelled)
repeats: weekly on its weekday (every week or every other week), monthly on its day of the month, or daily
for a week or two, ending on a date or after a count. The app materialises instances 90 days ahead: one
instance per occurrence from the rule's start up to its end, its count, or 90 days past the window's end;
each was generated 90 days before its date (not before the rule), and a few were MODIFIED or CANCELLED since.

Every event has one CREATED history row (by its creator, when it was created) with a snapshot; some were
edited or rescheduled before they began; a COMPLETED or CANCELLED event has that row at its last update, an
IN_PROGRESS one a status UPDATED row there. Nothing is recorded after the event's last update.
"""

from datetime import date, datetime, time, timedelta

from seeder.ruleset import Invariant, TableRule

REPEATS = {"MEETING": 0.25, "AR_COLLECTION": 0.3, "AUDIT": 0.3, "RECURRING_ORDER": 0.6, "TASK": 0.1}
HORIZON_DAYS = 90


def _weekday(day: date) -> int:
    """0 = Sunday, as by_day counts."""
    return (day.weekday() + 1) % 7


def _occurrences(rule: dict, until: date) -> list[date]:
    """The dates the rule stands for, from its start to its end, count or `until`."""
    start, end, count, step = rule["start_date"], rule.get("end_date") or until, rule.get("count"), rule["interval"]
    last, out, k = min(end, until), [], 0
    while len(out) < (count or 10**6):
        if rule["frequency"] == "DAILY":
            day = start + timedelta(days=k * step)
        elif rule["frequency"] == "WEEKLY":
            day = start + timedelta(weeks=k * step)
        else:
            months = start.month - 1 + k * step
            day = date(start.year + months // 12, months % 12 + 1, start.day)
        if day > last:
            break
        out.append(day)
        k += 1
    return out


class CalendarRecurrenceRules(TableRule):
    """One rule per recurring event (unique event_id), starting on the event's day, created with it."""

    table = "calendar_recurrence_rules"
    reads = ("calendar_events",)
    # what expand leaves out of a rule is NULL (a weekly rule has no by_month_day ...)
    by_day = by_month_day = by_week_of_month = by_day_of_week_in_month = by_month = count = end_date = None

    def expand(src, rng):
        out = []
        for e in src.rows("calendar_events"):
            if e["status"] == "CANCELLED" or rng.random() >= REPEATS.get(e["event_type"], 0):
                continue
            start = e["start_date"]
            rule = {"event_id": e["id"], "start_date": start, "interval": 1, "exception_dates": [],
                    "created_at": e["created_at"], "updated_at": e["created_at"]}
            kind = rng.choices(["WEEKLY", "MONTHLY", "DAILY"], [55, 35, 10])[0]
            if kind == "MONTHLY" and start.day <= 28:
                rule.update(frequency="MONTHLY", by_month_day=[start.day], count=rng.randint(3, 12))
            elif kind == "DAILY":
                rule.update(frequency="DAILY", count=rng.randint(5, 10))
            else:
                rule.update(frequency="WEEKLY", by_day=[_weekday(start)], interval=rng.choice([1, 1, 2]),
                            end_date=start + timedelta(weeks=rng.randint(8, 26)))
            out.append(rule)
        return out

    invariants = [
        Invariant("a recurrence rule starts on its event's day, has interval >= 1 and ends by a date or a count",
                  "SELECT r.id FROM calendar_recurrence_rules r JOIN calendar_events e ON e.id = r.event_id "
                  "WHERE r.start_date <> e.start_date OR r.`interval` < 1 OR (r.end_date IS NULL) = (r.count IS NULL) "
                  "OR r.end_date < r.start_date"),
    ]


class CalendarRecurrenceInstances(TableRule):
    """The materialised occurrences of each rule, at the event's times."""

    table = "calendar_recurrence_instances"
    reads = ("calendar_events", "calendar_recurrence_rules")
    # only MODIFIED instances carry the modified_* columns (expand sets them); NULL for the others
    modified_title = modified_description = modified_location = modified_assigned_to = None
    modified_at = modified_by = None

    def expand(src, rng):
        events = {e["id"]: e for e in src.rows("calendar_events")}
        end = src.window.end
        until = end.date() + timedelta(days=HORIZON_DAYS)
        out = []
        for rule in src.rows("calendar_recurrence_rules"):
            e = events[rule["event_id"]]
            for day in _occurrences(rule, until):
                made = min(max(rule["created_at"], datetime.combine(day, time(6)) - timedelta(days=HORIZON_DAYS)), end)
                row = {"parent_event_id": e["id"], "instance_date": day, "start_time": e["start_time"],
                       "end_time": e["end_time"], "timezone": e["timezone"], "generated_at": made,
                       "status": rng.choices(["GENERATED", "MODIFIED", "CANCELLED"], [85, 10, 5])[0]}
                if row["status"] == "MODIFIED":
                    row.update(modified_title=f"{e['title']} (moved room)", modified_location=e["location"],
                               modified_assigned_to=e["assigned_to"], modified_by=e["created_by"],
                               modified_at=made + (end - made) * rng.random() * 0.5)
                out.append(row)
        return out

    invariants = [
        Invariant("every recurrence instance falls on a date its rule stands for",
                  "SELECT i.id FROM calendar_recurrence_instances i JOIN calendar_recurrence_rules r "
                  "ON r.event_id = i.parent_event_id WHERE i.instance_date < r.start_date "
                  "OR i.instance_date > r.end_date "
                  "OR JSON_CONTAINS(r.exception_dates, JSON_QUOTE(DATE_FORMAT(i.instance_date, '%Y-%m-%d'))) "
                  "OR CASE r.frequency WHEN 'DAILY' THEN MOD(DATEDIFF(i.instance_date, r.start_date), r.`interval`) <> 0 "
                  "WHEN 'WEEKLY' THEN NOT JSON_CONTAINS(r.by_day, CAST(DAYOFWEEK(i.instance_date) - 1 AS CHAR)) "
                  "OR MOD(FLOOR(DATEDIFF(i.instance_date, r.start_date) / 7), r.`interval`) <> 0 "
                  "WHEN 'MONTHLY' THEN NOT JSON_CONTAINS(r.by_month_day, CAST(DAY(i.instance_date) AS CHAR)) "
                  "OR MOD(PERIOD_DIFF(EXTRACT(YEAR_MONTH FROM i.instance_date), EXTRACT(YEAR_MONTH FROM r.start_date)), "
                  "r.`interval`) <> 0 ELSE DATE_FORMAT(i.instance_date, '%m%d') <> DATE_FORMAT(r.start_date, '%m%d') END"),
        Invariant("a rule has one instance a date and no more than its count",
                  "SELECT i.parent_event_id FROM calendar_recurrence_instances i JOIN calendar_recurrence_rules r "
                  "ON r.event_id = i.parent_event_id GROUP BY i.parent_event_id, r.count "
                  "HAVING COUNT(*) > COALESCE(r.count, COUNT(*)) OR COUNT(*) <> COUNT(DISTINCT i.instance_date)"),
        Invariant("MODIFIED instances say when and by whom, after they were generated; others do not",
                  "SELECT id FROM calendar_recurrence_instances WHERE (status = 'MODIFIED') <> (modified_at IS NOT NULL) "
                  "OR (modified_at IS NULL) <> (modified_by IS NULL) OR modified_at < generated_at"),
    ]


class CalendarEventHistory(TableRule):
    """The change log of each event, agreeing with its status and dates."""

    table = "calendar_event_history"
    reads = ("calendar_events",)

    def expand(src, rng):
        out = []
        for e in src.rows("calendar_events"):
            made, last, who = e["created_at"], e["updated_at"], e["created_by"]
            snapshot = {"title": e["title"], "eventType": e["event_type"], "startDate": str(e["start_date"]),
                        "status": "SCHEDULED", "priority": e["priority"]}
            out.append({"event_id": e["id"], "change_type": "CREATED", "changed_by": who, "changed_at": made,
                        "full_snapshot": snapshot})
            before = min(last, max(made, datetime.combine(e["start_date"], time())))
            if rng.random() < 0.25:
                out.append({"event_id": e["id"], "change_type": "UPDATED", "changed_by": who,
                            "changed_at": made + (before - made) * rng.random(), "field_changed": "description"})
            if rng.random() < 0.1:
                moved = e["start_date"] - timedelta(days=rng.randint(1, 7))
                out.append({"event_id": e["id"], "change_type": "RESCHEDULED", "changed_by": who,
                            "changed_at": made + (before - made) * rng.random(), "field_changed": "start_date",
                            "previous_value": str(moved), "new_value": str(e["start_date"]),
                            "change_reason": "Client asked to move it"})
            if e["status"] in ("COMPLETED", "CANCELLED"):
                out.append({"event_id": e["id"], "change_type": e["status"], "changed_by": e["assigned_to"] or who,
                            "changed_at": last, "field_changed": "status", "previous_value": "SCHEDULED",
                            "new_value": e["status"]})
            elif e["status"] == "IN_PROGRESS":
                out.append({"event_id": e["id"], "change_type": "UPDATED", "changed_by": e["assigned_to"] or who,
                            "changed_at": last, "field_changed": "status", "previous_value": "SCHEDULED",
                            "new_value": "IN_PROGRESS"})
        return out

    invariants = [
        Invariant("every event has one CREATED history row, by its creator when it was created",
                  "SELECT e.id FROM calendar_events e LEFT JOIN calendar_event_history h ON h.event_id = e.id "
                  "AND h.change_type = 'CREATED' GROUP BY e.id, e.created_at, e.created_by "
                  "HAVING COUNT(h.id) <> 1 OR MIN(h.changed_at) <> e.created_at OR MIN(h.changed_by) <> e.created_by"),
        Invariant("an event's history agrees with its status and lies between its creation and last update",
                  "SELECT e.id, e.status FROM calendar_events e LEFT JOIN (SELECT event_id, "
                  "SUM(change_type = 'COMPLETED') AS done, SUM(change_type = 'CANCELLED') AS cancelled, "
                  "MIN(changed_at) AS first, MAX(changed_at) AS last FROM calendar_event_history GROUP BY event_id) h "
                  "ON h.event_id = e.id WHERE (e.status = 'COMPLETED') <> (COALESCE(h.done, 0) > 0) "
                  "OR (e.status = 'CANCELLED') <> (COALESCE(h.cancelled, 0) > 0) "
                  "OR h.first < e.created_at OR h.last > e.updated_at"),
    ]
