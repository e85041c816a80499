"""What the TERP rule pack (rules/terp) promises, shared by the tests of this package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "terp"
SNAPSHOT = ROOT / "generated" / "terp" / "schema.json"

#: row counts the rule files set (the light-ish volumes of the TERP deployment guide)
ROWS = {
    "clients": 60, "vendors": 8, "users": 10, "products": 100, "strains": 50, "lots": 150, "batches": 300,
    # orders (400 sales, one invoice each, and 49 quotes), their lines, invoices and payments come from expand
    "calendar_events": 250, "todo_lists": 60, "pricing_rules": 25, "pricing_defaults": 12,
    "client_credit_limits": 60, "userDashboardPreferences": 10, "roles": 10, "user_roles": 10, "tags": 21,
    # not in the brief's list: enough rows that every mapped polymorphic type is drawn
    "auditLogs": 300,
    # the flows: one location per batch, the two code sequences of DOMAIN 5
    "batchLocations": 300, "bills": 120, "billLineItems": 360,
    # the catalog's names, the default locations and the seeded workflow statuses (fixtures)
    "categories": 5, "subcategories": 14, "grades": 3, "locations": 9, "workflow_statuses": 6,
    "calendar_event_participants": 500, "calendar_reminders": 300, "todo_list_members": 40,
}

#: references inference does not find (DOMAIN 3.1), as (table, columns, ref_table, ref_columns)
RULE_REFERENCES = {
    ("invoices", ("customerId",), "clients", ("id",)),
    ("invoices", ("referenceId",), "orders", ("id",)),     # the polymorphic ORDER id, also read as a parent
    ("payments", ("customerId",), "clients", ("id",)),
    ("sales", ("customerId",), "clients", ("id",)),
    ("auditLogs", ("actorId",), "users", ("id",)),
    ("user_roles", ("user_id",), "users", ("openId",)),
    ("user_permission_overrides", ("user_id",), "users", ("openId",)),
}

#: inferred references a rule re-declares only to choose how children pick their parents
PICK_REFERENCES = {
    ("batchLocations", ("batchId",), "batches", ("id",)),        # cover: every batch has its place
    ("batches", ("lotId",), "lots", ("id",)),                    # cover: every lot has a batch
    ("billLineItems", ("billId",), "bills", ("id",)),            # cover: every bill has a line
}

#: the polymorphic pairs of DOMAIN 3.2 that have a type column and an id column
POLY_PAIRS = {
    ("comments", "commentable_type", "commentable_id"),
    ("inbox_items", "source_type", "source_id"),
    ("inbox_items", "reference_type", "reference_id"),
    ("calendar_events", "entity_type", "entity_id"),
    ("calendar_event_permissions", "grant_type", "grantee_id"),
    ("ledgerEntries", "referenceType", "referenceId"),
    ("invoices", "referenceType", "referenceId"),
    ("bills", "referenceType", "referenceId"),
    ("inventoryMovements", "referenceType", "referenceId"),
    ("auditLogs", "entity", "entityId"),
    ("alert_configurations", "target_type", "target_id"),
}

#: mapped types the generator cannot draw: their target is inserted after the table (a self-reference for
#: REVERSAL; orders come after calendar_events because orders.intake_event_id -> calendar_events is declared)
UNREACHABLE_TYPES = {("calendar_events", "entity_type", "order"), ("inventoryMovements", "referenceType", "REVERSAL")}

#: VARCHAR columns holding decimal numbers (DOMAIN 0.4) that the rules fill
DECIMAL_STRINGS = {
    "batches": ("unitCogs", "unitCogsMin", "unitCogsMax", "amountPaid", "onHandQty", "sampleQty", "reservedQty",
                "quarantineQty", "holdQty", "defectiveQty"),
    "sales": ("quantity", "cogsAtSale", "salePrice"),
    "inventoryMovements": ("quantityChange", "quantityBefore", "quantityAfter"),
    "transactions": ("amount",),
    "credits": ("creditAmount", "amountUsed", "amountRemaining"),
    "creditApplications": ("amountApplied",),
    "sampleAllocations": ("allocatedQuantity", "usedQuantity", "remainingQuantity"),
    "paymentHistory": ("amount",),
    "cogsHistory": ("oldCogs", "newCogs"),
}

#: INT columns used as booleans (DOMAIN 0.5)
INT_BOOLEANS = {
    "batches": ("isSample", "sampleOnly", "sampleAvailable", "publishEcom", "publishB2b"),
    "locations": ("isActive",), "categories": ("isActive",), "subcategories": ("isActive",), "grades": ("isActive",),
    "sales": ("cogsOverride",), "workflow_statuses": ("isActive",), "inventoryViews": ("isShared",),
    "sales_sheet_templates": ("is_active",), "roles": ("is_system_role",), "user_permission_overrides": ("granted",),
}
