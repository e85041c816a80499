"""Collaboration, CRM, dashboards and pricing of the seeded TERP database (rules/terp, DOMAIN 2.11-2.18, 2.21)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.rules.conftest import OPTIONS, failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql

#: the rule files of this area: every invariant they declare is shown to fail on data that breaks it
FILES = {"calendar.py", "calendar_attendance.py", "calendar_history.py", "comments.py", "todos.py", "notes.py",
         "notepads.py", "pricing.py", "users.py", "rbac.py", "tags.py", "media.py", "dashboards.py", "crm.py", "matching.py", "alerts.py", "audit.py"}

#: one or more statements per invariant (timestamps with ON UPDATE are set to themselves)
BREAKS = [
    # calendar.py
    "UPDATE calendar_events SET end_date = start_date - INTERVAL 1 DAY, updated_at = updated_at ORDER BY id LIMIT 1",
    ("UPDATE calendar_events SET start_time = '25:99', updated_at = updated_at WHERE is_floating_time = 0 "
     "ORDER BY id DESC LIMIT 1"),
    ("UPDATE calendar_events SET vendor_id = 1, updated_at = updated_at WHERE NOT entity_type <=> 'vendor' "
     "ORDER BY id LIMIT 1"),
    ("UPDATE calendar_events SET module = 'SAMPLES', updated_at = updated_at WHERE event_type <> 'SAMPLE_REQUEST' "
     "ORDER BY id LIMIT 1"),
    ("UPDATE calendar_events SET status = 'COMPLETED', updated_at = updated_at WHERE start_date > DATE(updated_at) "
     "ORDER BY id LIMIT 1"),
    ("UPDATE calendar_events SET start_date = '2024-03-15', end_date = '2024-03-15', updated_at = updated_at "
     "WHERE start_date BETWEEN '2024-06-01' AND '2024-07-31'"),
    "UPDATE calendar_events SET is_recurring = 1 - is_recurring, updated_at = updated_at ORDER BY id LIMIT 1",
    ("UPDATE client_meeting_history SET outcome = 'rescheduled', updated_at = updated_at WHERE outcome = 'completed' "
     "ORDER BY id LIMIT 1"),
    # calendar_attendance.py (the unique key would refuse a second row for the same user: drop it first)
    "ALTER TABLE calendar_event_participants ADD INDEX by_event (event_id), DROP INDEX idx_participant_event_user",
    ("INSERT INTO calendar_event_participants (event_id, user_id, role, response_status, added_at, added_by) "
     "SELECT event_id, user_id, role, response_status, added_at, added_by FROM calendar_event_participants "
     "ORDER BY id LIMIT 1"),
    "UPDATE calendar_event_participants SET role = 'ORGANIZER' WHERE role <> 'ORGANIZER' ORDER BY id LIMIT 1",
    "UPDATE calendar_event_participants SET responded_at = NULL WHERE response_status <> 'PENDING' ORDER BY id LIMIT 1",
    "UPDATE calendar_reminders SET reminder_time = reminder_time + INTERVAL 1 DAY ORDER BY id LIMIT 1",
    "UPDATE calendar_reminders SET sent_at = NULL WHERE status = 'SENT' ORDER BY id LIMIT 1",
    "UPDATE calendar_reminders SET created_at = created_at + INTERVAL 1 HOUR ORDER BY id DESC LIMIT 1",
    "UPDATE calendar_event_attachments SET uploaded_at = '2000-01-01' ORDER BY id LIMIT 1",
    "UPDATE calendar_views SET is_default = 1, updated_at = updated_at",
    # calendar_history.py
    "UPDATE calendar_recurrence_rules SET `interval` = 0, updated_at = updated_at ORDER BY id LIMIT 1",
    ("UPDATE calendar_recurrence_instances i JOIN calendar_recurrence_rules r ON r.event_id = i.parent_event_id "
     "SET i.instance_date = i.instance_date + INTERVAL 3 DAY WHERE r.frequency <> 'DAILY'"),
    ("INSERT INTO calendar_recurrence_instances (parent_event_id, instance_date, status, generated_at) "
     "SELECT parent_event_id, instance_date, 'GENERATED', generated_at FROM calendar_recurrence_instances "
     "ORDER BY id LIMIT 1"),
    "UPDATE calendar_recurrence_instances SET status = 'MODIFIED' WHERE status = 'GENERATED' ORDER BY id DESC LIMIT 1",
    "DELETE FROM calendar_event_history WHERE change_type = 'CREATED' ORDER BY id LIMIT 1",
    "UPDATE calendar_event_history SET change_type = 'UPDATED' WHERE change_type = 'COMPLETED' ORDER BY id LIMIT 1",
    # comments.py
    "UPDATE comments SET resolved_at = NULL, updated_at = updated_at WHERE is_resolved = 1 ORDER BY id LIMIT 1",
    "UPDATE comment_mentions SET created_at = created_at + INTERVAL 1 HOUR ORDER BY id LIMIT 1",
    "UPDATE comments SET content = CONCAT(content, ' @[Seed Admin](1)'), updated_at = updated_at ORDER BY id LIMIT 1",
    "UPDATE inbox_items SET seen_at = NULL, updated_at = updated_at WHERE status = 'seen' ORDER BY id LIMIT 1",
    ("UPDATE inbox_items SET reference_id = reference_id + 1, updated_at = updated_at WHERE source_type = 'mention' "
     "ORDER BY id LIMIT 1"),
    ("UPDATE inbox_items SET reference_type = 'client', updated_at = updated_at "
     "WHERE source_type IN ('task_assignment', 'task_update') ORDER BY id LIMIT 1"),
    # todos.py
    "UPDATE todo_lists SET is_shared = 1 - is_shared, updated_at = updated_at ORDER BY id LIMIT 1",
    "UPDATE todo_list_members SET role = 'owner' WHERE role <> 'owner' ORDER BY id LIMIT 1",
    "UPDATE todo_tasks SET status = 'todo', updated_at = updated_at WHERE is_completed = 1 ORDER BY id LIMIT 1",
    "UPDATE todo_tasks SET completed_by = NULL, updated_at = updated_at WHERE is_completed = 1 ORDER BY id DESC LIMIT 1",
    "UPDATE todo_tasks SET due_date = created_at - INTERVAL 1 DAY, updated_at = updated_at ORDER BY id LIMIT 1",
    "DELETE FROM todo_task_activity WHERE action = 'created' ORDER BY id LIMIT 1",
    # notes.py, notepads.py
    "UPDATE client_notes SET created_at = '2000-01-01' ORDER BY id LIMIT 1",
    ("UPDATE note_comments SET parentCommentId = (SELECT id FROM (SELECT MIN(id) AS id FROM note_comments) f), "
     "updatedAt = updatedAt WHERE noteId <> (SELECT noteId FROM (SELECT noteId FROM note_comments "
     "ORDER BY id LIMIT 1) g) ORDER BY id LIMIT 1"),
    "UPDATE note_comments SET createdAt = '2000-01-01', updatedAt = updatedAt ORDER BY id DESC LIMIT 1",
    "DELETE FROM note_activity WHERE activityType = 'CREATED' ORDER BY id LIMIT 1",
    "UPDATE scratch_pad_notes SET completedAt = NULL, updatedAt = updatedAt WHERE isCompleted = 1 ORDER BY id LIMIT 1",
    "UPDATE vendorNotes SET createdAt = '2000-01-01', updatedAt = updatedAt ORDER BY id LIMIT 1",
    # pricing.py, users.py, dashboards.py
    "UPDATE pricing_rules SET adjustment_value = 500, updated_at = updated_at ORDER BY id LIMIT 1",
    ("UPDATE pricing_profiles SET rules = '[{\"ruleId\": 99999, \"priority\": 1}]', updated_at = updated_at "
     "ORDER BY id LIMIT 1"),
    "DELETE FROM pricing_defaults WHERE product_category = 'OTHER'",
    "UPDATE users SET lastSignedIn = '2000-01-01', updatedAt = updatedAt ORDER BY id DESC LIMIT 1",
    "DELETE FROM user_roles WHERE user_id = 'admin-seed-user'",
    "UPDATE permissions SET module = 'nothing' ORDER BY id LIMIT 1",
    ("DELETE FROM role_permissions WHERE role_id = (SELECT id FROM roles WHERE name = 'Super Admin') "
     "ORDER BY permission_id LIMIT 1"),
    "DELETE FROM userDashboardPreferences ORDER BY id DESC LIMIT 1",
    "UPDATE dashboard_widget_layouts SET userId = 1, updatedAt = updatedAt WHERE role IS NOT NULL ORDER BY id LIMIT 1",
    "UPDATE dashboard_kpi_configs SET position = 1, updatedAt = updatedAt WHERE position = 2 ORDER BY id LIMIT 1",
    # tags.py, media.py
    "UPDATE tagHierarchy SET childTagId = parentTagId ORDER BY id LIMIT 1",
    "UPDATE tagGroups SET color = 'green', updatedAt = updatedAt ORDER BY id LIMIT 1",
    ("INSERT INTO productTags (productId, tagId, createdAt) SELECT productId, tagId, createdAt FROM productTags "
     "ORDER BY id LIMIT 1"),
    "UPDATE productMedia SET type = 'hologram' ORDER BY id LIMIT 1",
    # crm.py, matching.py
    "UPDATE client_communications SET created_at = communicated_at - INTERVAL 1 DAY ORDER BY id LIMIT 1",
    "DELETE FROM client_activity WHERE activity_type = 'CREATED' ORDER BY id LIMIT 1",
    "UPDATE client_needs SET fulfilled_at = NULL, updated_at = updated_at WHERE status = 'FULFILLED' ORDER BY id LIMIT 1",
    "UPDATE vendor_supply SET reserved_at = NULL, updated_at = updated_at WHERE status = 'PURCHASED' ORDER BY id LIMIT 1",
    "UPDATE match_records SET confidence_score = 10 ORDER BY id LIMIT 1",
    "UPDATE match_records SET actioned_at = NULL WHERE actioned_at IS NOT NULL ORDER BY id LIMIT 1",
    # alerts.py, audit.py
    ("UPDATE alert_configurations SET email_address = NULL, updated_at = updated_at WHERE delivery_method <> 'DASHBOARD' "
     "ORDER BY id LIMIT 1"),
    "UPDATE auditLogs SET createdAt = '2000-01-01' ORDER BY id LIMIT 1",
]


def own_invariants(plan) -> set[str]:
    return {inv.name for where, inv in plan.rules.invariants() if Path(where.split(":")[0]).name in FILES}


def whole_months(first: date, last: date) -> list[str]:
    months, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def test_calendar_events_are_spread_recurring_attended_and_logged(terp_seeded) -> None:
    db = terp_seeded
    assert 200 <= db.scalar("SELECT COUNT(*) FROM calendar_events") <= 300
    per_month = dict(db.q("SELECT DATE_FORMAT(start_date, '%Y-%m'), COUNT(*) FROM calendar_events GROUP BY 1"))
    counts = [per_month.get(m, 0) for m in whole_months(OPTIONS.start.date(), OPTIONS.end.date())]
    assert len(counts) == 22 and min(counts) > 0 and max(counts) <= 1.5 * min(counts), counts
    assert 5 <= db.scalar(f"SELECT COUNT(*) FROM calendar_events WHERE start_date > '{OPTIONS.end.date()}'") <= 40
    assert db.scalar("SELECT COUNT(*) FROM calendar_events WHERE created_at > "
                     "TIMESTAMP(start_date) + INTERVAL 1 DAY OR updated_at < created_at") == 0
    # recurring meetings: a rule per recurring event, instances on its dates
    assert db.scalar("SELECT COUNT(*) FROM calendar_recurrence_rules") >= 10
    assert set(dict(db.q("SELECT frequency, COUNT(*) FROM calendar_recurrence_rules GROUP BY 1"))) >= {"WEEKLY", "MONTHLY"}
    assert db.scalar("SELECT COUNT(DISTINCT parent_event_id) FROM calendar_recurrence_instances") == \
        db.scalar("SELECT COUNT(*) FROM calendar_recurrence_rules")
    assert db.scalar("SELECT COUNT(*) FROM calendar_recurrence_instances i JOIN calendar_recurrence_rules r "
                     "ON r.event_id = i.parent_event_id WHERE r.frequency = 'WEEKLY' "
                     "AND MOD(DATEDIFF(i.instance_date, r.start_date), 7) <> 0") == 0
    # invitations and reminders
    answers = dict(db.q("SELECT response_status, COUNT(*) FROM calendar_event_participants GROUP BY 1"))
    assert {"ACCEPTED", "DECLINED", "PENDING"} <= set(answers)
    assert db.scalar("SELECT COUNT(*) FROM calendar_event_participants WHERE (response_status <> 'PENDING') "
                     "<> (responded_at IS NOT NULL) OR responded_at < added_at") == 0
    assert db.scalar("SELECT COUNT(*) FROM calendar_reminders r JOIN calendar_events e ON e.id = r.event_id "
                     "WHERE r.reminder_time > TIMESTAMP(e.start_date)") == 0
    # one CREATED history row per event; COMPLETED / CANCELLED rows agree with the status
    assert db.scalar("SELECT COUNT(*) FROM calendar_event_history WHERE change_type = 'CREATED'") == \
        db.scalar("SELECT COUNT(*) FROM calendar_events")
    assert db.scalar("SELECT COUNT(*) FROM calendar_events e WHERE status IN ('COMPLETED', 'CANCELLED') AND NOT EXISTS "
                     "(SELECT 1 FROM calendar_event_history h WHERE h.event_id = e.id AND h.change_type = e.status)") == 0


def test_comments_notes_lists_and_inbox_record_what_happened(terp_seeded) -> None:
    db = terp_seeded
    assert 500 <= db.scalar("SELECT COUNT(*) FROM comments") <= 1000
    assert db.scalar("SELECT COUNT(*) FROM comments c JOIN todo_tasks t ON t.id = c.commentable_id "
                     "WHERE c.commentable_type = 'task' AND c.created_at < t.created_at") == 0
    assert 50 <= db.scalar("SELECT COUNT(*) FROM todo_lists") <= 100
    assert 200 <= db.scalar("SELECT COUNT(*) FROM todo_tasks") <= 500
    assert db.scalar("SELECT COUNT(*) FROM todo_lists l WHERE NOT EXISTS (SELECT 1 FROM todo_tasks t "
                     "WHERE t.list_id = l.id)") == 0
    assert db.scalar("SELECT COUNT(*) FROM todo_tasks WHERE (is_completed = 1) <> (status = 'done') "
                     "OR (completed_at IS NULL) <> (is_completed = 0) OR (completed_by IS NULL) <> (is_completed = 0)") == 0
    assert {p for (p,) in db.q("SELECT DISTINCT priority FROM todo_tasks")} == {"low", "medium", "high", "urgent"}
    assert db.scalar("SELECT COUNT(*) FROM todo_task_activity WHERE action = 'created'") == \
        db.scalar("SELECT COUNT(*) FROM todo_tasks")
    assert {r for (r,) in db.q("SELECT DISTINCT role FROM todo_list_members")} >= {"editor", "viewer"}
    # the inbox holds exactly the mentions of others, and task assignments to others
    assert db.scalar("SELECT COUNT(*) FROM inbox_items WHERE source_type = 'mention'") == \
        db.scalar("SELECT COUNT(*) FROM comment_mentions m JOIN comments c ON c.id = m.comment_id "
                  "WHERE m.mentioned_user_id <> c.user_id")
    assert db.scalar("SELECT COUNT(*) FROM inbox_items WHERE source_type = 'task_assignment'") == \
        db.scalar("SELECT COUNT(*) FROM todo_tasks WHERE assigned_to <> created_by") > 0
    # notes: threads stay on their note; every note has its CREATED activity
    assert db.scalar("SELECT COUNT(*) FROM note_comments WHERE parentCommentId IS NOT NULL") > 0
    assert db.scalar("SELECT COUNT(*) FROM note_activity WHERE activityType = 'CREATED'") == \
        db.scalar("SELECT COUNT(*) FROM freeform_notes")
    assert db.scalar("SELECT COUNT(*) FROM client_notes") == db.scalar("SELECT COUNT(DISTINCT client_id) FROM client_notes") > 0
    assert db.scalar("SELECT COUNT(*) FROM scratch_pad_notes WHERE (completedAt IS NULL) = (isCompleted = 1)") == 0


def test_crm_dashboards_and_pricing(terp_seeded) -> None:
    db = terp_seeded
    assert db.scalar("SELECT COUNT(*) FROM client_activity") >= 500
    assert db.scalar("SELECT COUNT(*) FROM client_activity WHERE activity_type = 'CREATED'") == \
        db.scalar("SELECT COUNT(*) FROM clients")
    assert {t for (t,) in db.q("SELECT DISTINCT communicationType FROM client_communications")} >= {"CALL", "EMAIL",
                                                                                                  "MEETING"}
    assert db.scalar("SELECT COUNT(*) FROM match_records WHERE resulted_in_sale = 1") > 0
    assert db.scalar("SELECT COUNT(*) FROM users u LEFT JOIN userDashboardPreferences p ON p.userId = u.id "
                     "WHERE p.id IS NULL") == 0
    assert db.scalar("SELECT COUNT(*) FROM dashboard_widget_layouts WHERE role IS NOT NULL") > 0
    assert db.scalar("SELECT COUNT(*) FROM pricing_rules") >= 20
    assert db.scalar("SELECT COUNT(*) FROM pricing_profiles") >= 10
    assert db.scalar("SELECT COUNT(*) FROM pricing_defaults WHERE product_category IN ('OTHER', 'DEFAULT')") == 2
    assert db.scalar("SELECT openId FROM users WHERE id = 1") == "admin-seed-user"
    assert db.scalar("SELECT COUNT(*) FROM permissions") == 255
    assert db.scalar("SELECT COUNT(*) FROM roles WHERE is_system_role = 1") == 10
    assert db.scalar("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                     "WHERE ur.user_id = 'admin-seed-user'") == "Super Admin"


def test_breaking_each_fact_of_the_area_is_reported_by_name(terp_light) -> None:
    mine = own_invariants(terp_light.plan)
    assert len(mine) >= 40
    assert not mine & set(failing_invariants(terp_light.url))
    load_sql(terp_light.url, ";\n".join(BREAKS) + ";")
    failing = set(failing_invariants(terp_light.url))
    assert mine - failing == set()
