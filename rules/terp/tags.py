"""Tags, their hierarchy and groups (DOMAIN 2.3).

Tags are strain types, flavours and effects (unique names, standardizedName the lower-case name); a few family
tags (Fruity, Gassy, Calm, Active) are the parents of their flavours and effects: one level deep, so a tag is
never its own parent, there are no cycles and each pair appears once. Groups gather the tags of a category and
carry a #RRGGBB colour.
"""

from datetime import timedelta

from seeder.ruleset import Invariant, TableRule, derived

FAMILY = {"Fruity": ["Citrus", "Berry", "Grape", "Sweet"], "Gassy": ["Diesel", "Skunk", "Earthy", "Pine"],
          "Calm": ["Relaxing", "Sleepy"], "Active": ["Energizing", "Uplifting", "Focused", "Creative"]}
CATEGORY = {"strain_type": ["Indica", "Sativa", "Hybrid"],
            "flavor": ["Citrus", "Berry", "Grape", "Sweet", "Diesel", "Skunk", "Earthy", "Pine", "Fruity", "Gassy"],
            "effect": ["Relaxing", "Sleepy", "Energizing", "Uplifting", "Focused", "Creative", "Calm", "Active"]}
TAGS = [(name, category) for category, names in CATEGORY.items() for name in names]
GROUPS = {"Strain type": ("strain_type", "#2E7D32"), "Flavor profile": ("flavor", "#F9A825"),
          "Effects": ("effect", "#6A1B9A")}


def _before(window):
    return window.start - timedelta(days=20)


class Tags(TableRule):
    """The fixed tag vocabulary, created before the window."""

    table = "tags"
    rows = len(TAGS)
    fixtures = [{"name": n, "standardizedName": n.lower(), "category": c, "description": f"{c.replace('_', ' ')}: {n}"}
                for n, c in TAGS]

    @derived("createdAt")
    def created(row, rng):
        return _before(row.window)

    @derived("updatedAt", after=["createdAt"])
    def updated(row, rng):
        return row["createdAt"]


class TagHierarchy(TableRule):
    """Family tags over their members, one level deep."""

    table = "tagHierarchy"
    reads = ("tags",)
    invariants = [
        Invariant("no tag is its own parent, a pair appears once, and a parent has no parent (no cycles)",
                  "SELECT h.id FROM tagHierarchy h WHERE h.parentTagId = h.childTagId "
                  "OR EXISTS (SELECT 1 FROM tagHierarchy g WHERE g.childTagId = h.parentTagId) "
                  "OR EXISTS (SELECT 1 FROM tagHierarchy d WHERE d.parentTagId = h.parentTagId "
                  "AND d.childTagId = h.childTagId AND d.id <> h.id)"),
    ]

    def expand(src, rng):
        ids = {t["name"]: t["id"] for t in src.rows("tags")}
        return [{"parentTagId": ids[parent], "childTagId": ids[child], "createdAt": _before(src.window)}
                for parent, children in FAMILY.items() for child in children if parent in ids and child in ids]


class TagGroups(TableRule):
    """One group per tag category, with its colour."""

    table = "tagGroups"
    reads = ("users",)
    invariants = [
        Invariant("tag group colours are #RRGGBB",
                  "SELECT id, color FROM tagGroups WHERE color NOT REGEXP '^#[0-9A-Fa-f]{6}$'"),
    ]

    def expand(src, rng):
        admin = min((u["id"] for u in src.rows("users")), default=None)
        return [{"name": name, "color": color, "description": f"Tags of category {category}", "createdBy": admin,
                 "createdAt": _before(src.window), "updatedAt": _before(src.window)}
                for name, (category, color) in GROUPS.items()] if admin is not None else []


class TagGroupMembers(TableRule):
    """Each tag in the group of its category."""

    table = "tagGroupMembers"
    reads = ("tags", "tagGroups")

    def expand(src, rng):
        groups = {GROUPS[g["name"]][0]: g["id"] for g in src.rows("tagGroups") if g["name"] in GROUPS}
        return [{"groupId": groups[t["category"]], "tagId": t["id"], "createdAt": _before(src.window)}
                for t in src.rows("tags") if t["category"] in groups]
