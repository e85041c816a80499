"""Freeform notes, their threaded comments and activity, scratch pads, client and vendor notes (DOMAIN 2.12, 2.2).

Each user writes notes over the window (Tiptap documents, a template type, tags, sometimes shared or pinned);
half the clients also have one note about them (client_notes, one per client, written after the client came).
A note's comments come after it; a reply is on its parent's note and after its parent. Every note has one
CREATED activity row when it was written, then COMMENTED (metadata {commentId}), SHARED ({sharedWith}),
PINNED and ARCHIVED rows as they happened.
"""

import json

from seeder.ruleset import Invariant, TableRule

TEMPLATES = (["CUSTOM", "MEETING_NOTES", "TO_DO", "BRAINSTORM", "GOALS", "MESSAGE_BOARD", None],
             [20, 25, 20, 10, 8, 7, 10])
TOPICS = ["Weekly sales sync", "Intake plan", "Collections follow-up", "Pricing ideas", "Q goals", "Vendor call",
          "Menu changes", "Delivery routes", "Team notes", "Inventory review"]
TAGS = ["sales", "inventory", "ar", "vendors", "ops", "pricing", "follow-up"]


def _list(value) -> list:
    """A JSON array column as read back from the generated rows (text) or as set (a list)."""
    return json.loads(value) if isinstance(value, str) else list(value or [])


def _doc(text: str) -> dict:
    return {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": text}]}]}


class FreeformNotes(TableRule):
    """About six notes a user, and one note for half the clients (tagged client:{id})."""

    table = "freeform_notes"
    reads = ("users", "clients")

    def expand(src, rng):
        start, end = src.window.start, src.window.end
        users = [u["id"] for u in src.rows("users")]
        out = []

        def note(user, title, made, tags):
            last = made + (end - made) * rng.random() ** 2
            shared = rng.sample(users, rng.randint(1, min(3, len(users)))) if rng.random() < 0.3 else []
            out.append({"userId": user, "title": title, "content": _doc(f"{title}: notes and next steps."),
                        "templateType": rng.choices(*TEMPLATES)[0], "tags": tags, "sharedWith": shared,
                        "isPinned": rng.random() < 0.15, "isArchived": rng.random() < 0.1, "createdAt": made,
                        "updatedAt": last, "lastViewedAt": last + (end - last) * rng.random()})

        for _ in range(6 * len(users)):
            note(rng.choice(users), rng.choice(TOPICS), start + (end - start) * rng.random() * 0.98,
                 rng.sample(TAGS, rng.randint(0, 2)))
        for c in src.rows("clients"):
            if users and rng.random() < 0.5:
                came = max(c["created_at"] or start, start)
                note(rng.choice(users), f"Account notes: {c['name']}"[:500], came + (end - came) * rng.random() * 0.5,
                     ["client", f"client:{c['id']}"])
        return out


class ClientNotes(TableRule):
    """The note about a client (one per client, unique pair), linked when the note was written."""

    table = "client_notes"
    reads = ("freeform_notes",)
    invariants = [
        Invariant("a client has at most one note, linked when it was written",
                  "SELECT c.client_id FROM client_notes c JOIN freeform_notes n ON n.id = c.note_id "
                  "GROUP BY c.client_id HAVING COUNT(*) > 1 OR MIN(c.created_at) < MIN(n.createdAt)"),
    ]

    def expand(src, rng):
        out = []
        for n in src.rows("freeform_notes"):
            tag = next((t for t in _list(n["tags"]) if t.startswith("client:")), None)
            if tag:
                out.append({"client_id": int(tag.split(":")[1]), "note_id": n["id"], "created_at": n["createdAt"]})
        return out


class NoteComments(TableRule):
    """0-4 comments a note, by its author or someone it is shared with; a third reply to one on the same note."""

    table = "note_comments"
    reads = ("freeform_notes",)
    parentCommentId = None    # set by expand: the engine's tree would mix notes
    invariants = [
        Invariant("a reply is on its parent's note and newer than its parent",
                  "SELECT c.id FROM note_comments c JOIN note_comments p ON p.id = c.parentCommentId "
                  "WHERE c.noteId <> p.noteId OR c.createdAt < p.createdAt"),
        Invariant("a note comment is written after its note",
                  "SELECT c.id FROM note_comments c JOIN freeform_notes n ON n.id = c.noteId WHERE c.createdAt < n.createdAt"),
    ]

    def expand(src, rng):
        end, out = src.window.end, []
        for n in src.rows("freeform_notes"):
            at, ids = n["createdAt"], []
            for _ in range(rng.choices([0, 1, 2, 3, 4], [35, 25, 20, 12, 8])[0]):
                at = at + (end - at) * rng.random() * 0.3
                key = src.first_key + len(out)    # the key this row gets
                parent = rng.choice(ids) if ids and rng.random() < 0.35 else None
                out.append({"noteId": n["id"], "userId": rng.choice([n["userId"], *_list(n["sharedWith"])]),
                            "parentCommentId": parent, "createdAt": at, "updatedAt": at,
                            "isResolved": rng.random() < 0.2})
                ids.append(key)
        return out


class NoteActivity(TableRule):
    """Every note's CREATED row, then its comments, shares, pins and archiving."""

    table = "note_activity"
    reads = ("freeform_notes", "note_comments")
    invariants = [
        Invariant("every note has one CREATED activity row, by its author when it was written, and none before",
                  "SELECT n.id FROM freeform_notes n LEFT JOIN (SELECT noteId, SUM(activityType = 'CREATED') AS made, "
                  "MIN(IF(activityType = 'CREATED', createdAt, NULL)) AS at, MIN(createdAt) AS first, "
                  "MIN(IF(activityType = 'CREATED', userId, NULL)) AS who FROM note_activity GROUP BY noteId) a "
                  "ON a.noteId = n.id WHERE COALESCE(a.made, 0) <> 1 OR a.at <> n.createdAt OR a.first < n.createdAt "
                  "OR a.who <> n.userId"),
    ]

    def expand(src, rng):
        out = []
        for n in src.rows("freeform_notes"):
            base = {"noteId": n["id"], "userId": n["userId"]}
            out.append({**base, "activityType": "CREATED", "createdAt": n["createdAt"]})
            later = n["createdAt"] + (n["updatedAt"] - n["createdAt"]) * rng.random()
            if _list(n["sharedWith"]):
                out.append({**base, "activityType": "SHARED", "createdAt": later,
                            "metadata": {"sharedWith": _list(n["sharedWith"])}})
            for flag, kind in (("isPinned", "PINNED"), ("isArchived", "ARCHIVED")):
                if n[flag]:
                    out.append({**base, "activityType": kind, "createdAt": later + (n["updatedAt"] - later) * rng.random()})
        for c in src.rows("note_comments"):
            out.append({"noteId": c["noteId"], "userId": c["userId"], "activityType": "COMMENTED",
                        "createdAt": c["createdAt"], "metadata": {"commentId": c["id"]}})
        return out
