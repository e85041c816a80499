"""Todo lists, members and tasks (DOMAIN 2.13)."""

from seeder.ruleset import TableRule, Use


class TodoLists(TableRule):
    """Personal and shared lists."""

    table = "todo_lists"
    rows = 60
    is_shared = Use("bool.flag", true_share=0.4)


class TodoListMembers(TableRule):
    """Members of shared lists; editors by default."""

    table = "todo_list_members"
    role = Use.choice(["editor", "viewer", "owner"], weights=[60, 30, 10])


class TodoTasks(TableRule):
    """Tasks; about a third done (is_completed mirrors the share, not the row)."""

    table = "todo_tasks"
    rows = 300
    status = Use.choice(["todo", "in_progress", "done"], weights=[45, 20, 35])
    priority = Use.choice(["medium", "low", "high", "urgent"], weights=[50, 20, 22, 8])
    is_completed = Use("bool.flag", true_share=0.35)
