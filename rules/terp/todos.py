"""Todo lists, members and tasks (DOMAIN 2.13).

A list is shared exactly when it has members; the owner's own member row says "owner", nobody else's does.
Tasks are created by the list's owner, assigned to the owner or to nobody. Completing a task sets is_completed,
status done, completed_at (between creation and the task's last update) and completed_by; any other status
has none of them.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, Rollup, TableRule, Use, derived


class TodoLists(TableRule):
    """Personal and shared lists (shared: the rollup, from the list's members)."""

    table = "todo_lists"
    rows = 60
    is_shared = False
    rollups = [Rollup("is_shared", child="todo_list_members", via="list_id", fn=lambda todo, members: bool(members))]
    invariants = [
        Invariant("a list is shared exactly when it has members",
                  "SELECT l.id FROM todo_lists l WHERE l.is_shared <> EXISTS (SELECT 1 FROM todo_list_members m "
                  "WHERE m.list_id = l.id)"),
    ]


class TodoListMembers(TableRule):
    """Members of shared lists, added by the owner after the list exists; editors by default."""

    table = "todo_list_members"
    rows = 40
    invariants = [
        Invariant("the owner's member row has role owner, nobody else's; members are added by the owner after the list",
                  "SELECT m.id FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id "
                  "WHERE (m.role = 'owner') <> (m.user_id = l.owner_id) OR m.added_by <> l.owner_id "
                  "OR m.added_at < l.created_at"),
    ]

    @derived("role", after=["list_id", "user_id"])
    def role(row, rng):
        if row["user_id"] == row.parent("list_id")["owner_id"]:
            return "owner"
        return rng.choices(["editor", "viewer"], [65, 35])[0]

    @derived("added_by", after=["list_id"])
    def added_by(row, rng):
        return row.parent("list_id")["owner_id"]

    @derived("added_at", after=["list_id"])
    def added_at(row, rng):
        todo = row.parent("list_id")
        return todo["created_at"] + (todo["updated_at"] - todo["created_at"]) * rng.random()


class TodoTasks(TableRule):
    """Tasks; about a third done, with their completion recorded, the rest open."""

    table = "todo_tasks"
    rows = 300
    status = Use.choice(["todo", "in_progress", "done"], weights=[45, 20, 35])
    priority = Use.choice(["medium", "low", "high", "urgent"], weights=[50, 20, 22, 8])
    invariants = [
        Invariant("is_completed exactly when status is done",
                  "SELECT id, status, is_completed FROM todo_tasks WHERE (is_completed = 1) <> (status = 'done')"),
        Invariant("completed_at and completed_by set exactly when completed, created_at <= completed_at <= updated_at",
                  "SELECT id FROM todo_tasks WHERE (completed_at IS NULL) <> (is_completed = 0) "
                  "OR (completed_by IS NULL) <> (is_completed = 0) OR completed_at < created_at OR completed_at > updated_at"),
        Invariant("tasks are created by the list's owner and assigned to the owner or to nobody",
                  "SELECT t.id FROM todo_tasks t JOIN todo_lists l ON l.id = t.list_id "
                  "WHERE t.created_by <> l.owner_id OR t.assigned_to <> l.owner_id"),
    ]

    @derived("is_completed", after=["status"])
    def completed(row, rng):
        return row["status"] == "done"

    @derived("completed_at", after=["is_completed", "created_at", "updated_at"])
    def completed_at(row, rng):
        if not row["is_completed"]:
            return None
        room = row["updated_at"] - row["created_at"]
        return row["created_at"] + min(room, timedelta(hours=rng.randint(1, 24 * 14)))

    @derived("completed_by", after=["is_completed", "assigned_to", "created_by"])
    def completed_by(row, rng):
        return (row["assigned_to"] or row["created_by"]) if row["is_completed"] else None

    @derived("created_by", after=["list_id"])
    def creator(row, rng):
        return row.parent("list_id")["owner_id"]

    @derived("assigned_to", after=["list_id"])
    def assignee(row, rng):
        return row.parent("list_id")["owner_id"] if rng.random() < 0.75 else None
