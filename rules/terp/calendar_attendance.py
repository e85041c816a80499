"""Who attends a calendar event and the reminders it sends (DOMAIN 2.11).

Participants are added with the event by its creator, who is the only ORGANIZER; an answer other than PENDING
has responded_at, between being added and the event's last update. A reminder fires relative_minutes before
the event's start day at 00:00 (as the app computes it); it was SENT (or FAILED) if that moment had come by the
event's last update, is CANCELLED with its event, and is PENDING otherwise.
"""

from datetime import datetime, time, timedelta

from seeder.ruleset import Invariant, TableRule, Use, derived

OTHER_ROLES = (["REQUIRED", "OPTIONAL", "OBSERVER"], [60, 30, 10])
ANSWERS = (["ACCEPTED", "PENDING", "TENTATIVE", "DECLINED"], [55, 25, 10, 10])
FAILURES = ["SMTP timeout", "Mailbox unavailable", "User has notifications disabled"]


class CalendarEventParticipants(TableRule):
    """About two participants an event, each user at most once (unique event_id + user_id)."""

    table = "calendar_event_participants"
    rows = 500
    invariants = [
        Invariant("each user takes part in an event at most once",
                  "SELECT event_id, user_id FROM calendar_event_participants GROUP BY event_id, user_id HAVING COUNT(*) > 1"),
        Invariant("participants are added with the event by its creator, the only ORGANIZER",
                  "SELECT p.id FROM calendar_event_participants p JOIN calendar_events e ON e.id = p.event_id "
                  "WHERE p.added_at <> e.created_at OR p.added_by <> e.created_by "
                  "OR (p.role = 'ORGANIZER') <> (p.user_id = e.created_by)"),
        Invariant("responded_at is set exactly when answered, after being added",
                  "SELECT id FROM calendar_event_participants WHERE (response_status = 'PENDING') <> (responded_at IS NULL) "
                  "OR responded_at < added_at"),
    ]

    @derived("added_at", after=["event_id"])
    def added(row, rng):
        return row.parent("event_id")["created_at"]

    @derived("added_by", after=["event_id"])
    def added_by(row, rng):
        return row.parent("event_id")["created_by"]

    @derived("role", after=["event_id", "user_id"])
    def role(row, rng):
        return "ORGANIZER" if row["user_id"] == row.parent("event_id")["created_by"] else rng.choices(*OTHER_ROLES)[0]

    @derived("response_status", after=["role"])
    def answer(row, rng):
        return "ACCEPTED" if row["role"] == "ORGANIZER" else rng.choices(*ANSWERS)[0]

    @derived("responded_at", after=["event_id", "response_status"])
    def responded(row, rng):
        if row["response_status"] == "PENDING":
            return None
        event = row.parent("event_id")
        return event["created_at"] + (event["updated_at"] - event["created_at"]) * rng.random()


class CalendarReminders(TableRule):
    """Reminders of an event for its assignee (or creator), 15 minutes to a day ahead."""

    table = "calendar_reminders"
    rows = 300
    relative_minutes = Use.choice([15, 30, 60, 1440], weights=[30, 25, 25, 20])
    method = Use.choice(["IN_APP", "EMAIL", "BOTH"], weights=[60, 25, 15])
    invariants = [
        Invariant("reminder_time = the event's start day at 00:00 less relative_minutes",
                  "SELECT r.id FROM calendar_reminders r JOIN calendar_events e ON e.id = r.event_id "
                  "WHERE UNIX_TIMESTAMP(r.reminder_time) <> TIMESTAMPDIFF(SECOND, '1970-01-01', e.start_date) "
                  "- 60 * r.relative_minutes"),
        Invariant("SENT reminders have sent_at, FAILED ones a reason, others neither; CANCELLED with the event",
                  "SELECT r.id, r.status FROM calendar_reminders r JOIN calendar_events e ON e.id = r.event_id "
                  "WHERE (r.status = 'SENT') <> (r.sent_at IS NOT NULL) OR (r.status = 'FAILED') <> "
                  "(r.failure_reason IS NOT NULL) OR (r.status = 'CANCELLED') <> (e.status = 'CANCELLED') "
                  "OR r.sent_at < r.reminder_time"),
        Invariant("a reminder goes to the event's assignee or creator, created with the event",
                  "SELECT r.id FROM calendar_reminders r JOIN calendar_events e ON e.id = r.event_id "
                  "WHERE r.user_id <> COALESCE(e.assigned_to, e.created_by) OR r.created_at <> e.created_at"),
    ]

    @derived("user_id", after=["event_id"])
    def user(row, rng):
        event = row.parent("event_id")
        return event["assigned_to"] or event["created_by"]

    @derived("created_at", after=["event_id"])
    def created(row, rng):
        return row.parent("event_id")["created_at"]

    @derived("reminder_time", after=["event_id", "relative_minutes"])
    def reminder_time(row, rng):
        start = datetime.combine(row.parent("event_id")["start_date"], time())
        return start - timedelta(minutes=row["relative_minutes"])

    @derived("status", after=["event_id", "reminder_time"])
    def status(row, rng):
        event = row.parent("event_id")
        if event["status"] == "CANCELLED":
            return "CANCELLED"
        if row["reminder_time"] > event["updated_at"]:
            return "PENDING"
        return rng.choices(["SENT", "FAILED"], [92, 8])[0]

    @derived("sent_at", after=["status", "reminder_time", "created_at"])
    def sent(row, rng):
        return max(row["reminder_time"], row["created_at"]) if row["status"] == "SENT" else None

    @derived("failure_reason", after=["status"])
    def failure(row, rng):
        return rng.choice(FAILURES) if row["status"] == "FAILED" else None
