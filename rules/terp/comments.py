"""Comments and inbox items (DOMAIN 2.12)."""

from seeder.ruleset import Poly, TableRule, Use

COMMENTABLE = {"inventory_batch": "batches", "task": "todo_tasks", "client": "clients"}


class Comments(TableRule):
    """Comments on a batch, task or client ("dashboard", always id 1, has no table)."""

    table = "comments"
    rows = 600
    polymorphic = [Poly("commentable_type", "commentable_id", COMMENTABLE)]
    is_resolved = Use("bool.flag", true_share=0.2)


class InboxItems(TableRule):
    """Inbox: a mention (-> comments) or task event (-> todo_tasks), referencing the commented object."""

    table = "inbox_items"
    rows = 200
    polymorphic = [
        Poly("source_type", "source_id", {"mention": "comments", "task_assignment": "todo_tasks",
                                          "task_update": "todo_tasks"}),
        Poly("reference_type", "reference_id", COMMENTABLE),
    ]
    status = Use.choice(["unread", "seen", "completed"], weights=[45, 30, 25])
