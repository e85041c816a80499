"""Todo lists, members and tasks (DOMAIN 2.13).

A list is shared exactly when it has members; the owner's own member row says "owner", nobody else's does.
Tasks are created by the list's owner, assigned to the owner, an editor of the list or nobody. Completing a task sets is_completed,
status done, completed_at (between creation and the task's last update) and completed_by; any other status
has none of them. Most tasks have a due date, days to weeks after creation. Every task's activity log starts
with one `created` row (when and by whom it was created), then assignment, status changes and completion.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, Rollup, TableRule, derived, param


class TodoLists(TableRule):
    """Personal and shared lists (shared: the rollup, from the list's members)."""

    table = "todo_lists"
    rows = param("lists")
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
    """param("list_items") tasks over the lists (each has some), positions 0, 1, ... per list; a third done."""

    table = "todo_tasks"
    reads = ("todo_lists", "todo_list_members")
    invariants = [
        Invariant("is_completed exactly when status is done",
                  "SELECT id, status, is_completed FROM todo_tasks WHERE (is_completed = 1) <> (status = 'done')"),
        Invariant("completed_at and completed_by set exactly when completed, created_at <= completed_at <= updated_at",
                  "SELECT id FROM todo_tasks WHERE (completed_at IS NULL) <> (is_completed = 0) "
                  "OR (completed_by IS NULL) <> (is_completed = 0) OR completed_at < created_at OR completed_at > updated_at"),
        Invariant("tasks are created by the list's owner after the list, assigned to the owner, a member or nobody",
                  "SELECT t.id FROM todo_tasks t JOIN todo_lists l ON l.id = t.list_id "
                  "WHERE t.created_by <> l.owner_id OR t.created_at < l.created_at OR t.due_date < t.created_at "
                  "OR (t.assigned_to <> l.owner_id AND NOT EXISTS (SELECT 1 FROM todo_list_members m "
                  "WHERE m.list_id = t.list_id AND m.user_id = t.assigned_to))"),
    ]

    def expand(src, rng):
        lists = src.rows("todo_lists")
        members: dict = {}
        for m in src.rows("todo_list_members"):
            if m["role"] != "viewer":
                members.setdefault(m["list_id"], []).append(m["user_id"])
        end, out, position = src.window.end, [], {}
        n = src.param("list_items")
        for i in range(n if lists else 0):
            todo = lists[i] if i < len(lists) else lists[int(len(lists) * rng.random() ** 1.3)]
            owner = todo["owner_id"]
            made = todo["created_at"] + (end - todo["created_at"]) * rng.random() * 0.95
            last = made + (end - made) * rng.random()
            status = rng.choices(["todo", "in_progress", "done"], [45, 20, 35])[0]
            assignee = rng.choices([owner, rng.choice(members.get(todo["id"], [owner])), None], [55, 25, 20])[0]
            done = status == "done"
            finished = made + (last - made) * rng.uniform(0.3, 1) if done else None
            out.append({"list_id": todo["id"], "created_by": owner, "assigned_to": assignee, "status": status,
                        "priority": rng.choices(["medium", "low", "high", "urgent"], [50, 20, 22, 8])[0],
                        "position": position.setdefault(todo["id"], 0), "created_at": made, "updated_at": last,
                        "due_date": made + timedelta(days=rng.randint(1, 45)) if rng.random() < 0.8 else None,
                        "is_completed": done, "completed_at": finished,
                        "completed_by": (assignee or owner) if done else None})
            position[todo["id"]] += 1
        return out


class TodoTaskActivity(TableRule):
    """Each task's log: created (by its creator, when created), assigned, status changes, completed."""

    table = "todo_task_activity"
    reads = ("todo_tasks",)
    invariants = [
        Invariant("every task has one created activity row, when and by whom it was created; done tasks a completed one",
                  "SELECT t.id FROM todo_tasks t LEFT JOIN (SELECT task_id, SUM(action = 'created') AS created, "
                  "MIN(IF(action = 'created', created_at, NULL)) AS at, SUM(action = 'completed') AS completed, "
                  "MIN(created_at) AS first FROM todo_task_activity GROUP BY task_id) a ON a.task_id = t.id "
                  "WHERE COALESCE(a.created, 0) <> 1 OR a.at <> t.created_at OR a.first < t.created_at "
                  "OR (COALESCE(a.completed, 0) > 0) <> t.is_completed"),
    ]

    def expand(src, rng):
        out = []
        for t in src.rows("todo_tasks"):
            base = {"task_id": t["id"], "user_id": t["created_by"], "created_at": t["created_at"]}
            out.append({**base, "action": "created"})
            if t["assigned_to"] is not None:
                out.append({**base, "action": "assigned", "field_changed": "assigned_to",
                            "new_value": str(t["assigned_to"])})
            if t["status"] != "todo":
                moved = t["completed_at"] or t["updated_at"]
                out.append({**base, "action": "status_changed", "field_changed": "status", "old_value": "todo",
                            "new_value": t["status"], "user_id": t["completed_by"] or t["created_by"],
                            "created_at": t["created_at"] + (moved - t["created_at"]) * rng.random()})
            if t["is_completed"]:
                out.append({**base, "action": "completed", "user_id": t["completed_by"],
                            "created_at": t["completed_at"]})
        return out
