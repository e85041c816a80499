"""Comments, mentions and inbox items (DOMAIN 2.12); notes are in notes.py.

A comment is written on a batch, task or client after that object existed; mentions are written in the
content as `@[Display Name](userId)`, each with its comment_mentions row (by the author, with the comment).

The inbox is what the app fills: a row per mention of someone else (source mention -> the comment, reference =
the commented object, created with the comment), per task assigned to someone other than its creator
(task_assignment, reference task) and, when such a task is done, one for its creator (task_update). Each
arrives unread; later it is seen and perhaps completed (and archived), before the window's end.
"""

from seeder.ruleset import Invariant, Poly, TableRule

COMMENTABLE = {"inventory_batch": "batches", "task": "todo_tasks", "client": "clients"}
TEXTS = {"inventory_batch": ["Trim looks great on this one", "Moisture a bit high, recheck before listing",
                             "Photos done", "Hold two pounds for a whale client", "COA attached"],
         "task": ["Started on this", "Waiting on the vendor", "Done, please review", "Moved the due date",
                  "Need the numbers first"],
         "client": ["Paid late again, watch terms", "Wants more indoor AAA", "Asked about volume pricing",
                    "New buyer at this store", "Great call today"]}


class Comments(TableRule):
    """param("comments") comments on a batch, task or client, after it existed; a fifth resolved."""

    table = "comments"
    reads = ("batches", "todo_tasks", "clients", "users")
    polymorphic = [Poly("commentable_type", "commentable_id", COMMENTABLE)]
    invariants = [
        Invariant("resolved comments have resolved_at (after created_at, by the last update) and resolved_by; others none",
                  "SELECT id FROM comments WHERE (resolved_at IS NULL) <> (is_resolved = 0) "
                  "OR (resolved_by IS NULL) <> (is_resolved = 0) OR resolved_at < created_at OR resolved_at > updated_at"),
    ]

    def expand(src, rng):
        start, end = src.window.start, src.window.end
        users = {u["id"]: u["name"] or f"User {u['id']}" for u in src.rows("users")}
        targets = {"inventory_batch": [(b["id"], b["createdAt"]) for b in src.rows("batches")],
                   "task": [(t["id"], t["created_at"]) for t in src.rows("todo_tasks")],
                   "client": [(c["id"], c["created_at"]) for c in src.rows("clients")]}
        kinds = [k for k in ("client", "inventory_batch", "task") if targets[k]]
        out = []
        for _ in range(src.param("comments") if kinds and users else 0):
            kind = rng.choices(kinds, [{"client": 35, "inventory_batch": 35, "task": 30}[k] for k in kinds])[0]
            target, since = targets[kind][int(len(targets[kind]) * rng.random() ** 1.3)]
            since = max(since or start, start)
            at = since + (end - since) * rng.random() * 0.98
            author = rng.choice(list(users))
            text = rng.choice(TEXTS[kind])
            for who in rng.sample(list(users), rng.choices([0, 1, 2], [75, 20, 5])[0]):
                text += f" @[{users[who]}]({who})"
            last = at + (end - at) * rng.random() * 0.3
            resolved = rng.random() < 0.2
            out.append({"commentable_type": kind, "commentable_id": target, "user_id": author, "content": text,
                        "created_at": at, "updated_at": last, "is_resolved": resolved,
                        "resolved_at": at + (last - at) * rng.uniform(0.5, 1) if resolved else None,
                        "resolved_by": author if resolved else None})
        return out


class CommentMentions(TableRule):
    """One row per user @-mentioned in a comment's content, by its author, when it was written."""

    table = "comment_mentions"
    reads = ("comments",)
    invariants = [
        Invariant("a mention is made by the comment's author when the comment is written",
                  "SELECT m.id FROM comment_mentions m JOIN comments c ON c.id = m.comment_id "
                  "WHERE m.mentioned_by_user_id <> c.user_id OR m.created_at <> c.created_at"),
        Invariant("a comment has one mention row per @[Name](userId) in its content",
                  "SELECT c.id FROM comments c LEFT JOIN (SELECT comment_id, COUNT(*) AS n FROM comment_mentions "
                  "GROUP BY comment_id) m ON m.comment_id = c.id "
                  "WHERE COALESCE(m.n, 0) <> (LENGTH(c.content) - LENGTH(REPLACE(c.content, '@[', ''))) / 2"),
    ]

    def expand(src, rng):
        out = []
        for c in src.rows("comments"):
            for part in c["content"].split("@[")[1:]:
                out.append({"comment_id": c["id"], "mentioned_user_id": int(part.split("](")[1].split(")")[0]),
                            "mentioned_by_user_id": c["user_id"], "created_at": c["created_at"]})
        return out


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
