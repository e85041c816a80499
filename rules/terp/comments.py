"""Comments, mentions, note comments and inbox items (DOMAIN 2.12)."""

from seeder.ruleset import Invariant, Poly, TableRule, Use, derived

COMMENTABLE = {"inventory_batch": "batches", "task": "todo_tasks", "client": "clients"}


class Comments(TableRule):
    """Comments on a batch, task or client ("dashboard", always id 1, has no table)."""

    table = "comments"
    rows = 600
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
    """Inbox: a mention (-> comments) or task event (-> todo_tasks), referencing the commented object."""

    table = "inbox_items"
    rows = 200
    polymorphic = [
        Poly("source_type", "source_id", {"mention": "comments", "task_assignment": "todo_tasks",
                                          "task_update": "todo_tasks"}),
        Poly("reference_type", "reference_id", COMMENTABLE),
    ]
    status = Use.choice(["unread", "seen", "completed"], weights=[45, 30, 25])
    invariants = [
        Invariant("seen and completed items have seen_at (and completed_at after it), unread ones neither",
                  "SELECT id, status FROM inbox_items WHERE (seen_at IS NULL) <> (status = 'unread') "
                  "OR (completed_at IS NULL) <> (status <> 'completed') OR seen_at < created_at "
                  "OR completed_at < seen_at OR GREATEST(COALESCE(seen_at, created_at), "
                  "COALESCE(completed_at, created_at)) > updated_at"),
    ]

    @derived("seen_at", after=["status", "created_at", "updated_at"])
    def seen(row, rng):
        if row["status"] == "unread":
            return None
        return row["created_at"] + (row["updated_at"] - row["created_at"]) * rng.uniform(0, 0.5)

    @derived("completed_at", after=["status", "seen_at", "updated_at"])
    def completed(row, rng):
        if row["status"] != "completed":
            return None
        return row["seen_at"] + (row["updated_at"] - row["seen_at"]) * rng.uniform(0.2, 1)


class NoteComments(TableRule):
    """Comments on freeform notes, flat: a reply would have to share its parent's note (see the report)."""

    table = "note_comments"
    # The engine draws the parentCommentId tree over all rows, after the values, so no rule can keep a reply on
    # its parent's note; overriding the inferred self-reference turns the tree off and keeps every comment a root.
    parentCommentId = None
    invariants = [
        Invariant("a reply is on its parent's note and newer than its parent",
                  "SELECT c.id FROM note_comments c JOIN note_comments p ON p.id = c.parentCommentId "
                  "WHERE c.noteId <> p.noteId OR c.createdAt < p.createdAt"),
        Invariant("a note comment is written after its note",
                  "SELECT c.id FROM note_comments c JOIN freeform_notes n ON n.id = c.noteId WHERE c.createdAt < n.createdAt"),
    ]

    @derived("createdAt", after=["noteId"])
    def created(row, rng):
        note = row.parent("noteId")
        return note["createdAt"] + (note["updatedAt"] - note["createdAt"]) * rng.random()
