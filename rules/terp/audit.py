"""The audit log (DOMAIN 2.21): who did what to which row."""

from seeder.ruleset import Invariant, Poly, Ref, TableRule, Use


class AuditLogs(TableRule):
    """Append-only log: actorId -> users, entity + entityId -> the audited row; before/after are JSON text."""

    table = "auditLogs"
    rows = 300
    references = [Ref("actorId", "users")]
    polymorphic = [Poly("entity", "entityId", {
        "Batch": "batches", "Lot": "lots", "Vendor": "vendors", "Brand": "brands", "Product": "products",
        "transaction": "transactions", "credit": "credits", "invoice": "invoices", "ledger_entry": "ledgerEntries",
        "inventory_movement": "inventoryMovements", "sales_sheet": "sales_sheet_history",
    })]
    action = Use.choice(["CREATED", "STATUS_CHANGE", "TRANSACTION_CREATED", "INVENTORY_ADJUSTED", "BATCH_CREATED",
                         "GL_ENTRY_POSTED", "CREDIT_ISSUED", "CONFIG_CHANGED"], weights=[30, 25, 10, 10, 10, 5, 5, 5])
    invariants = [
        Invariant("an audit entry is written by a user whose account existed then",
                  "SELECT a.id FROM auditLogs a JOIN users u ON u.id = a.actorId WHERE a.createdAt < u.createdAt"),
    ]
    before = Use("json.object")
    after = Use("json.object")

