"""Comments, mentions and inbox items (DOMAIN 2.12); notes are in notes.py.

The inbox is what the app fills: a row per mention of someone else (source mention -> the comment, reference =
the commented object, created with the comment), per task assigned to someone other than its creator
(task_assignment, reference task) and, when such a task is done, one for its creator (task_update). Each
arrives unread; later it is seen and perhaps completed (and archived), before the window's end.
"""

from seeder.ruleset import Invariant, Poly, TableRule, Use, derived, param

COMMENTABLE = {"inventory_batch": "batches", "task": "todo_tasks", "client": "clients"}


class Comments(TableRule):
    """Comments on a batch, task or client ("dashboard", always id 1, has no table)."""

    table = "comments"
    rows = param("comments")
    polymorphic = [Poly("commentable_type", "commentable_id", COMMENTABLE)]
    is_resolved = Use("bool.flag", true_share=0.2)
    invariants = [
        Invariant("resolved comments have resolved_at (after created_at, by the last update) and resolved_by; others none",
                  "SELECT id FROM comments WHERE (resolved_at IS NULL) <> (is_resolved = 0) "
                  "OR (resolved_by IS NULL) <> (is_resolved = 0) OR resolved_at < created_at OR resolved_at > updated_at"),
    ]

    @derived("resolved_at", after=["is_resolved", "created_at", "updated_at"])
    def resolved_at(row, rng):
        if not row["is_resolved"]:
            return None
        return row["created_at"] + (row["updated_at"] - row["created_at"]) * rng.uniform(0.5, 1)

    @derived("resolved_by", after=["is_resolved", "user_id"])
    def resolved_by(row, rng):
        return row["user_id"] if row["is_resolved"] else None


class CommentMentions(TableRule):
    """@-mentions in a comment: one row per mentioned user (unique pair), by the comment's author, with the comment."""

    table = "comment_mentions"
    invariants = [
        Invariant("a mention is made by the comment's author when the comment is written",
                  "SELECT m.id FROM comment_mentions m JOIN comments c ON c.id = m.comment_id "
                  "WHERE m.mentioned_by_user_id <> c.user_id OR m.created_at <> c.created_at"),
    ]

    @derived("mentioned_by_user_id", after=["comment_id"])
    def author(row, rng):
        return row.parent("comment_id")["user_id"]

    @derived("created_at", after=["comment_id"])
    def created(row, rng):
        return row.parent("comment_id")["created_at"]


class InboxItems(TableRule):
    """Inbox rows for mentions of others, tasks assigned to others and their completion (see the module)."""

    table = "inbox_items"
    reads = ("comments", "comment_mentions", "todo_tasks", "users")
    polymorphic = [
        Poly("source_type", "source_id", {"mention": "comments", "task_assignment": "todo_tasks",
                                          "task_update": "todo_tasks"}),
        Poly("reference_type", "reference_id", COMMENTABLE),
    ]
    invariants = [
        Invariant("seen and completed items have seen_at (and completed_at after it), unread ones neither",
                  "SELECT id, status FROM inbox_items WHERE (seen_at IS NULL) <> (status = 'unread') "
                  "OR (completed_at IS NULL) <> (status <> 'completed') OR seen_at < created_at "
                  "OR completed_at < seen_at OR GREATEST(COALESCE(seen_at, created_at), "
                  "COALESCE(completed_at, created_at)) > updated_at"),
        Invariant("a mention's inbox item goes to the mentioned user, when the comment is written, about its object",
                  "SELECT i.id FROM inbox_items i JOIN comments c ON c.id = i.source_id WHERE i.source_type = 'mention' "
                  "AND (i.created_at <> c.created_at OR i.reference_type <> c.commentable_type "
                  "OR i.reference_id <> c.commentable_id OR i.user_id = c.user_id OR NOT EXISTS (SELECT 1 FROM "
                  "comment_mentions m WHERE m.comment_id = c.id AND m.mentioned_user_id = i.user_id))"),
        Invariant("a task's inbox item goes to its assignee (its creator once done), about the task itself",
                  "SELECT i.id FROM inbox_items i JOIN todo_tasks t ON t.id = i.source_id "
                  "WHERE i.source_type IN ('task_assignment', 'task_update') AND (i.reference_type <> 'task' "
                  "OR i.reference_id <> t.id OR i.user_id <> IF(i.source_type = 'task_assignment', t.assigned_to, "
                  "t.created_by) OR i.created_at < t.created_at OR (i.source_type = 'task_update' AND NOT t.is_completed))"),
    ]

    def expand(src, rng):
        names = {u["id"]: u["name"] or f"User {u['id']}" for u in src.rows("users")}
        comments = {c["id"]: c for c in src.rows("comments")}
        end, out = src.window.end, []

        def item(user, kind, source, ref_type, ref_id, title, at):
            status = rng.choices(["unread", "seen", "completed"], [35, 35, 30])[0]
            seen = at + (end - at) * rng.uniform(0, 0.3) if status != "unread" else None
            done = seen + (end - seen) * rng.uniform(0, 0.3) if status == "completed" else None
            out.append({"user_id": user, "source_type": kind, "source_id": source, "reference_type": ref_type,
                        "reference_id": ref_id, "title": title[:500], "status": status, "seen_at": seen,
                        "completed_at": done, "created_at": at, "updated_at": done or seen or at,
                        "is_archived": status == "completed" and rng.random() < 0.5})

        for m in src.rows("comment_mentions"):
            c = comments[m["comment_id"]]
            if m["mentioned_user_id"] != c["user_id"]:
                item(m["mentioned_user_id"], "mention", c["id"], c["commentable_type"], c["commentable_id"],
                     f"{names.get(c['user_id'])} mentioned you in a comment", c["created_at"])
        for t in src.rows("todo_tasks"):
            if t["assigned_to"] is not None and t["assigned_to"] != t["created_by"]:
                item(t["assigned_to"], "task_assignment", t["id"], "task", t["id"],
                     f"New task assigned: {t['title']}", t["created_at"])
                if t["is_completed"]:
                    item(t["created_by"], "task_update", t["id"], "task", t["id"],
                         f"Task completed: {t['title']}", t["completed_at"])
        return out
