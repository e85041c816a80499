"""Calendar events and their permissions (DOMAIN 2.11)."""

from seeder.ruleset import Poly, TableRule, Use


class CalendarEvents(TableRule):
    """Events linked (lowercase entity_type) to a sales sheet, client, vendor or order."""

    table = "calendar_events"
    rows = 250
    # "invoice" -> invoices is left out on purpose: polymorphic targets only order tables where they close no
    # cycle, considered alphabetically, and calendar_events -> invoices would be kept before invoices -> orders
    # (orders.intake_event_id -> calendar_events is declared), leaving every invoices.referenceType NULL.
    # "order" stays mapped but is never drawn for the same reason (orders are inserted after events).
    polymorphic = [Poly("entity_type", "entity_id", {
        "sales_sheet": "sales_sheet_history", "client": "clients", "vendor": "vendors", "order": "orders",
    })]
    start_time = Use("temporal.time")
    end_time = Use("temporal.time")
    timezone = Use.choice(["America/Los_Angeles", "America/Denver", "America/New_York"], weights=[85, 10, 5])
    location = Use("address.street")
    module = Use.choice(["CLIENTS", "ORDERS", "INVENTORY", "ACCOUNTING", "VENDORS", "SAMPLES", "COMPLIANCE",
                         "GENERAL"], weights=[20, 20, 15, 15, 10, 5, 5, 10])
    event_type = Use.choice(
        ["MEETING", "FOLLOW_UP", "DELIVERY", "PAYMENT_DUE", "TASK", "DEADLINE", "INTAKE", "PHOTOGRAPHY",
         "AR_COLLECTION", "AP_PAYMENT", "SAMPLE_REQUEST", "AUDIT", "BATCH_EXPIRATION", "RECURRING_ORDER", "OTHER"],
        weights=[20, 12, 10, 10, 8, 6, 6, 4, 5, 4, 4, 2, 3, 3, 3])
    status = Use.choice(["SCHEDULED", "COMPLETED", "IN_PROGRESS", "CANCELLED"], weights=[45, 40, 5, 10])
    priority = Use.choice(["MEDIUM", "HIGH", "LOW", "URGENT"], weights=[50, 25, 20, 5])
    visibility = Use.choice(["COMPANY", "TEAM", "PRIVATE", "PUBLIC"], weights=[60, 25, 12, 3])
    is_recurring = Use("bool.flag", true_share=0.1)
    is_auto_generated = Use("bool.flag", true_share=0.2)


class CalendarEventPermissions(TableRule):
    """Grants on an event: USER -> users, ROLE -> roles (TEAM has no table)."""

    table = "calendar_event_permissions"
    polymorphic = [Poly("grant_type", "grantee_id", {"USER": "users", "ROLE": "roles"})]


class ClientMeetingHistory(TableRule):
    """Meetings held with a client (client_id -> clients, inferred) and how they went."""

    table = "client_meeting_history"
    meeting_type = Use.choice(["sales", "collections", "review"], weights=[60, 20, 20])
    outcome = Use.choice(["completed", "rescheduled", "no-show", "cancelled"], weights=[75, 12, 6, 7])
