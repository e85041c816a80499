"""Tests for introspect.names and introspect.references (undeclared and polymorphic references).

(a) name -> table cases on tiny graphs built in code, (b) polymorphic pairs, (c) ground truth
from the TERP snapshot (generated/terp/schema.json), written down from its business documentation.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from introspect.graph import Column, Polymorphic, Reference, SchemaGraph, Table
from introspect.names import name_key, singular, tokens
from introspect.references import DEFAULT_THRESHOLD, infer_references

ROOT = Path(__file__).resolve().parents[2]
TERP = ROOT / "generated" / "terp" / "schema.json"

INT = ("integer", "int(11)")


def col(name: str, family: str = "integer", raw: str = "int(11)", **kw) -> Column:
    """A column; integer columns get int_bytes from their raw type unless given."""
    if family == "integer" and "int_bytes" not in kw:
        kw["int_bytes"] = {"tinyint": 1, "smallint": 2, "mediumint": 3, "bigint": 8}.get(raw.split("(")[0], 4)
    if family in ("char", "varchar", "binary", "varbinary") and "length" not in kw and "(" in raw:
        kw["length"] = int(raw.split("(")[1].rstrip(")"))
    kw.setdefault("unsigned", "unsigned" in raw)
    return Column(name=name, family=family, raw_type=raw, sa_type="", nullable=True, **kw)


def table(name: str, *cols: Column, pk: tuple[str, ...] = ("id",), uniques: tuple[str, ...] = (),
          refs: tuple[Reference, ...] = ()) -> Table:
    from introspect.graph import UniqueKey
    columns = cols if any(c.name == "id" for c in cols) or pk != ("id",) else (col("id"),) + cols
    return Table(name=name, columns=columns, primary_key=pk, references=refs,
                 unique_keys=tuple(UniqueKey(f"uk_{u}", (u,)) for u in uniques))


def graph(*tables: Table) -> SchemaGraph:
    return SchemaGraph(database="t", dialect="mysql", server_version="8.0", tables=tables)


def inferred_for(g: SchemaGraph, tbl: str, column: str) -> Reference | None:
    return next((r for r in g.inferred if r.table == tbl and r.columns == (column,)), None)


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("parentStrainId", ("parent", "strain", "id")), ("client_id", ("client", "id")),
    ("clientID", ("client", "id")), ("ClientId", ("client", "id")), ("CLIENT_ID", ("client", "id")),
    ("userOpenId", ("user", "open", "id")), ("HTMLParserId", ("html", "parser", "id")),
    ("sampleRequests", ("sample", "requests")), ("order-line-items", ("order", "line", "items")),
])
def test_tokens(name: str, expected: tuple[str, ...]) -> None:
    assert tokens(name) == expected


@pytest.mark.parametrize("plural,single", [
    ("categories", "category"), ("addresses", "address"), ("boxes", "box"), ("batches", "batch"),
    ("people", "person"), ("statuses", "status"), ("status", "status"), ("analyses", "analysis"),
    ("warehouses", "warehouse"), ("class", "class"), ("media", "media"), ("users", "user"),
    ("histories", "history"), ("bus", "bus"), ("children", "child"), ("responses", "response"),
    ("settings", "setting"), ("caches", "cache"), ("shelves", "shelf"), ("taxes", "tax"), ("sales", "sale"),
])
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_name_key_ignores_separators_and_number() -> None:
    assert name_key("sampleRequests") == name_key("sample_request") == "samplerequest"
    assert name_key("order_line_items") == name_key("OrderLineItem")
    assert name_key("tagGroups") == name_key("taggroup")


# --- (a) single-target references ----------------------------------------------------------------

# (column, (family, raw type), owning table, other tables, expected target, "high"/"low"/None)
# Other tables have an int(11) `id` primary key. "high" = at or above DEFAULT_THRESHOLD.
CASES = [
    ("clientId", INT, "orders", ["clients"], "clients", "high"),
    ("client_id", INT, "orders", ["clients"], "clients", "high"),
    ("clientID", INT, "orders", ["clients"], "clients", "high"),
    ("ClientId", INT, "orders", ["clients"], "clients", "high"),
    ("CLIENT_ID", INT, "orders", ["clients"], "clients", "high"),
    ("client_fk", INT, "orders", ["clients"], "clients", "high"),
    ("product_id", INT, "order_items", ["product"], "product", "high"),
    ("category_id", INT, "items", ["categories"], "categories", "high"),
    ("address_id", INT, "clients", ["addresses"], "addresses", "high"),
    ("box_id", INT, "items", ["boxes"], "boxes", "high"),
    ("batch_id", INT, "sales", ["batches"], "batches", "high"),
    ("person_id", INT, "visits", ["people"], "people", "high"),
    ("status_id", INT, "orders", ["statuses"], "statuses", "high"),
    ("analysis_id", INT, "results", ["analyses"], "analyses", "high"),
    ("warehouse_id", INT, "stock", ["warehouses"], "warehouses", "high"),
    ("mediaId", INT, "posts", ["media"], "media", "high"),
    ("sample_request_id", INT, "orders", ["sampleRequests"], "sampleRequests", "high"),
    ("orderLineItemId", INT, "shipments", ["order_line_items"], "order_line_items", "high"),
    ("fiscalPeriodId", INT, "ledger", ["fiscalPeriods"], "fiscalPeriods", "high"),
    ("tag_id", INT, "product_tags", ["tags", "tagGroups"], "tags", "high"),
    ("invoice_id", INT, "payments", ["invoices", "invoice_lines"], "invoices", "high"),
    # self-references and dropped qualifiers
    ("parentStrainId", INT, "strains", [], "strains", "high"),
    ("parent_id", INT, "categories", [], "categories", "high"),
    ("parent_account_id", INT, "accounts", [], "accounts", "high"),
    ("parentCommentId", INT, "note_comments", ["comments"], "note_comments", "high"),
    ("converted_from_order_id", INT, "orders", [], "orders", "high"),
    ("related_sample_request_id", INT, "orders", ["sample_requests"], "sample_requests", "high"),
    ("source_batch_id", INT, "transfers", ["batches"], "batches", "high"),
    ("ledger_account_id", INT, "bank_accounts", ["accounts"], "accounts", "high"),
    # tables scoped by the owning table's name
    ("categoryId", INT, "expenses", ["categories", "expense_categories"], "expense_categories", "high"),
    ("event_id", INT, "calendar_event_attachments", ["calendar_events", "audit_events"], "calendar_events",
     "high"),
    # *_by
    ("created_by", INT, "orders", ["users"], "users", "high"),
    ("postedBy", INT, "ledger", ["users"], "users", "high"),
    ("reviewed_by", INT, "lists", ["user"], "user", "high"),
    ("created_by", INT, "orders", ["users", "user"], None, None),          # two user tables
    ("created_by", INT, "orders", ["clients"], None, None),                # no user table
    ("needed_by", ("date", "date"), "needs", ["users"], None, None),       # a date, not an id
    # fuzzy: a prefixed table name is a low-confidence guess
    ("fromStatusId", INT, "batch_history", ["workflow_statuses"], "workflow_statuses", "low"),
    ("statusId", INT, "batches", ["workflow_statuses"], "workflow_statuses", "low"),
    # no match or ambiguous
    ("customerId", INT, "invoices", ["clients", "orders"], None, None),
    ("actor_id", INT, "audit_logs", ["users"], None, None),
    ("owner_id", INT, "lists", ["users"], None, None),
    ("group_id", INT, "members", ["tagGroups", "userGroups"], None, None),
    ("line_id", INT, "notes", ["order_lines", "invoice_lines"], None, None),
    ("order_id", INT, "notes", ["order", "orders"], None, None),
    ("amountPaid", ("varchar", "varchar(20)"), "batches", ["amounts"], None, None),
    ("total_cents", INT, "orders", ["totals"], None, None),
    # types
    ("client_id", ("varchar", "varchar(36)"), "orders", ["clients"], None, None),   # string vs int pk
    ("client_id", ("decimal", "decimal(10,2)"), "orders", ["clients"], None, None),  # not an id family
    ("client_id", ("integer", "int(10) unsigned"), "orders", ["clients"], "clients", "high"),
    ("client_id", ("integer", "bigint(20)"), "orders", ["clients"], "clients", "high"),
    ("doDeploymentId", ("varchar", "varchar(255)"), "deployments", [], None, None),
]


@pytest.mark.parametrize("column,typ,owner,others,expected,level", CASES)
def test_single_target(column: str, typ: tuple[str, str], owner: str, others: list[str],
                       expected: str | None, level: str | None) -> None:
    g = infer_references(graph(table(owner, col(column, *typ)), *(table(n) for n in others)))
    ref = inferred_for(g, owner, column)
    if expected is None:
        assert ref is None or ref.confidence < DEFAULT_THRESHOLD, ref
        return
    assert ref is not None, g.unresolved
    assert ref.ref_table == expected, ref.evidence
    assert ref.kind == "inferred" and ref.evidence.startswith(f"name '{column}'")
    assert (ref.confidence >= DEFAULT_THRESHOLD) == (level == "high"), (ref.confidence, ref.evidence)


@pytest.mark.parametrize("column,expected_conf", [
    ("productId", 0.95), ("parentStrainId", 0.85), ("related_product_id", 0.85),
    ("legacy_product_id", 0.8), ("created_by", 0.75), ("statusId", 0.55),
])
def test_confidence_calibration(column: str, expected_conf: float) -> None:
    g = infer_references(graph(table("strains", col(column)), table("products"), table("users"),
                               table("workflow_statuses")))
    assert inferred_for(g, "strains", column).confidence == pytest.approx(expected_conf)


def test_width_and_sign_lower_confidence() -> None:
    g = infer_references(graph(table("orders", col("client_id", raw="int(10) unsigned")),
                               table("clients", col("id", raw="bigint(20)"))))
    ref = inferred_for(g, "orders", "client_id")
    assert ref.confidence == pytest.approx(0.8)
    assert "narrower" in ref.evidence and "signedness" in ref.evidence


def test_ambiguous_and_unmatched_go_to_unresolved() -> None:
    g = infer_references(graph(table("members", col("group_id"), col("customer_id"), col("note")),
                               table("tagGroups"), table("userGroups")))
    why = {c: w for t, c, w in g.unresolved if t == "members"}
    assert set(why) == {"group_id", "customer_id"}
    assert all(word in why["group_id"] for word in ("ambiguous", "tagGroups", "userGroups"))
    assert "no table matches [customer]" in why["customer_id"]


def test_named_unique_column_is_used() -> None:
    users = table("users", col("openId", "varchar", "varchar(64)"), uniques=("openId",))
    clients = table("clients", col("uuid", "char", "char(36)"), uniques=("uuid",))
    g = infer_references(graph(table("t", col("user_open_id", "varchar", "varchar(64)"),
                                     col("client_uuid", "char", "char(36)")), users, clients))
    ref = inferred_for(g, "t", "user_open_id")
    assert (ref.ref_table, ref.ref_columns, ref.confidence >= 0.9) == ("users", ("openId",), True)
    ref = inferred_for(g, "t", "client_uuid")
    assert (ref.ref_table, ref.ref_columns) == ("clients", ("uuid",))


def test_string_id_falls_back_to_the_only_string_key_at_low_confidence() -> None:
    users = table("users", col("openId", "varchar", "varchar(64)"), uniques=("openId",))
    g = infer_references(graph(table("user_roles", col("user_id", "varchar", "varchar(255)"), col("role"),
                                     pk=("user_id", "role")), users))
    ref = inferred_for(g, "user_roles", "user_id")
    assert ref.ref_columns == ("openId",) and ref.confidence < DEFAULT_THRESHOLD


def test_join_table_is_not_a_scoped_lookup() -> None:
    join = table("product_categories", col("product_id"), col("category_id"))
    g = infer_references(graph(table("products", col("category_id")), table("categories"), join))
    assert inferred_for(g, "products", "category_id").ref_table == "categories"


def test_declared_and_primary_key_columns_are_skipped() -> None:
    fk = Reference("orders", ("client_id",), "clients", ("id",))
    g = infer_references(graph(table("orders", col("client_id"), refs=(fk,)), table("clients"),
                               table("order_id_map", col("order_id"), pk=("order_id",))))
    assert g.inferred == () and g.unresolved == ()


# --- (b) polymorphic pairs ---------------------------------------------------------------------------

def enum(name: str, *values: str) -> Column:
    raw = "enum(" + ",".join(f"'{v}'" for v in values) + ")"
    return col(name, "enum", raw, values=values)


def poly_of(g: SchemaGraph, tbl: str) -> dict[tuple[str, str], Polymorphic]:
    return {(p.type_column, p.id_column): p for p in g.polymorphic if p.table == tbl}


def test_varchar_pair_without_values() -> None:
    g = infer_references(graph(table("comments", col("commentable_type", "varchar", "varchar(255)"),
                                     col("commentable_id"))))
    p = poly_of(g, "comments")[("commentable_type", "commentable_id")]
    assert p.targets == () and "values unknown" in p.evidence
    assert inferred_for(g, "comments", "commentable_id") is None and g.unresolved == ()


def test_enum_values_map_to_tables_and_polymorphic_wins() -> None:
    events = table("events", enum("entity_type", "client", "INVOICE", "PURCHASE_ORDER", "inventory_batch",
                                  "task", "GLOBAL"), col("entity_id"))
    names = ("clients", "invoices", "purchaseOrders", "batches", "todo_tasks", "entities")
    others = [table(n) for n in names]
    g = infer_references(graph(events, *others))
    p = poly_of(g, "events")[("entity_type", "entity_id")]
    assert dict(p.targets) == {"client": "clients", "INVOICE": "invoices", "PURCHASE_ORDER": "purchaseOrders",
                               "inventory_batch": "batches"}
    assert "'GLOBAL' unmapped" in p.evidence and "todo_tasks" in p.evidence     # suffix candidate, not used
    assert inferred_for(g, "events", "entity_id") is None


@pytest.mark.parametrize("type_col,id_col", [
    ("referenceType", "referenceId"), ("entity", "entityId"), ("target_type", "target_id"),
    ("source_type", "source_id"), ("ItemKind", "ItemId"),
])
def test_pair_names(type_col: str, id_col: str) -> None:
    g = infer_references(graph(table("log", col(type_col, "varchar", "varchar(50)"), col(id_col)),
                               table("references")))
    assert (type_col, id_col) in poly_of(g, "log")
    assert inferred_for(g, "log", id_col) is None


def test_loose_pair_needs_mapped_enum_values() -> None:
    perms = table("perms", enum("grant_type", "USER", "ROLE", "TEAM"), col("grantee_id"))
    g = infer_references(graph(perms, table("users"), table("roles")))
    p = poly_of(g, "perms")[("grant_type", "grantee_id")]
    assert dict(p.targets) == {"USER": "users", "ROLE": "roles"} and "loose pair" in p.evidence
    loose_varchar = table("perms", col("grant_type", "varchar", "varchar(20)"), col("grantee_id"))
    assert poly_of(infer_references(graph(loose_varchar, table("users"))), "perms") == {}


def test_not_polymorphic() -> None:
    needs = table("needs", enum("strain_type", "INDICA", "SATIVA"), col("strain_id"),
                  col("category", "varchar", "varchar(50)"), col("category_id"),
                  col("note_type", "varchar", "varchar(50)"), col("note_id"),
                  col("kind", "varchar", "varchar(50)"), col("description_type", "text", "text"),
                  col("description_id"), col("status", "varchar", "varchar(20)"), col("statusId"),
                  refs=(Reference("needs", ("note_id",), "notes", ("id",)),))
    g = infer_references(graph(needs, table("strains"), table("categories"), table("notes"),
                               table("workflow_statuses")))
    assert poly_of(g, "needs") == {}
    assert inferred_for(g, "needs", "strain_id").ref_table == "strains"
    assert inferred_for(g, "needs", "category_id").ref_table == "categories"


# --- (c) TERP ground truth --------------------------------------------------------------------------

#: DOMAIN.md §3.1, undeclared single-target id references (JSON paths, by-name text references,
#: the users-by-openId pair and the ambiguous bills/payments.vendorId left out).
#: One line per target: "target: table.column table.column ...".
_TERP_TRUTH_TEXT = """
users: productMedia.uploadedBy paymentHistory.recordedBy sales.createdBy cogsHistory.changedBy
users: auditLogs.actorId ledgerEntries.postedBy ledgerEntries.createdBy fiscalPeriods.closedBy
users: invoices.createdBy bills.createdBy payments.createdBy expenses.createdBy order_audit_log.user_id
users: client_interest_lists.reviewed_by client_interest_lists.converted_by batch_status_history.changedBy
vendors: brands.vendorId lots.vendorId paymentHistory.vendorId expenses.vendorId
clients: invoices.customerId payments.customerId sales.customerId client_meeting_history.client_id
brands: products.brandId
strains: products.strainId strains.parentStrainId
tags: productTags.tagId
products: productSynonyms.productId productMedia.productId productTags.productId batches.productId
products: invoiceLineItems.productId billLineItems.productId sales.productId
lots: batches.lotId billLineItems.lotId
batches: paymentHistory.batchId batchLocations.batchId sales.batchId cogsHistory.batchId
batches: invoiceLineItems.batchId order_line_items.batch_id client_interest_list_items.batch_id
batches: client_draft_interests.batch_id client_price_alerts.batch_id
orders: order_line_items.order_id order_audit_log.order_id client_interest_lists.converted_to_order_id
client_needs: orders.client_need_id
invoices: orders.invoice_id invoiceLineItems.invoiceId payments.invoiceId
sampleRequests: orders.related_sample_request_id
accounts: ledgerEntries.accountId accounts.parentAccountId bankAccounts.ledgerAccountId
accounts: expenseCategories.ledgerAccountId
fiscalPeriods: ledgerEntries.fiscalPeriodId
bills: billLineItems.billId payments.billId expenses.billId
bankAccounts: payments.bankAccountId bankTransactions.bankAccountId expenses.bankAccountId
payments: bankTransactions.paymentId
expenseCategories: expenseCategories.parentCategoryId expenses.categoryId
categories: subcategories.categoryId
pricing_profiles: clients.pricing_profile_id
note_comments: note_comments.parentCommentId
"""


def _parse_truth(text: str) -> list[tuple[str, str, str]]:
    out = []
    for line in text.strip().splitlines():
        target, items = line.split(":")
        out += [(tbl, column, target) for tbl, column in (item.split(".") for item in items.split())]
    return out


TERP_TRUTH = _parse_truth(_TERP_TRUTH_TEXT)

#: In the documentation's list, but the snapshot declares a FOREIGN KEY for them (the † migrations).
TERP_DECLARED_IN_SNAPSHOT = {("batch_status_history", "changedBy")}

#: Documented targets that no name can give (the column names another entity); missing them is fine.
TERP_NOT_BY_NAME = {("auditLogs", "actorId"), ("invoices", "customerId"), ("payments", "customerId"),
                    ("sales", "customerId")}

#: High-confidence (>= 0.9) guesses outside the ground truth, reviewed by hand against the schema:
#: bills/payments.vendorId are documented as vendors.id (or clients.id for VIP-portal rows).
TERP_REVIEWED_EXTRAS = {("bills", "vendorId"): "vendors", ("payments", "vendorId"): "vendors"}

#: Polymorphic pairs expected in TERP, with the enum targets that names can map.
TERP_POLYMORPHIC = {
    ("alert_configurations", "target_type", "target_id"):
        {"BATCH": "batches", "CATEGORY": "categories", "CLIENT": "clients", "PRODUCT": "products"},
    ("auditLogs", "entity", "entityId"): {},
    ("bills", "referenceType", "referenceId"): {},
    ("calendar_event_permissions", "grant_type", "grantee_id"): {"ROLE": "roles", "USER": "users"},
    ("calendar_events", "entity_type", "entity_id"): {},
    ("comments", "commentable_type", "commentable_id"): {},
    ("inbox_items", "reference_type", "reference_id"): {},
    ("inbox_items", "source_type", "source_id"): {},
    ("inventoryMovements", "referenceType", "referenceId"): {},
    ("invoices", "referenceType", "referenceId"): {},
    ("ledgerEntries", "referenceType", "referenceId"): {},
}


@pytest.fixture(scope="module")
def terp() -> SchemaGraph:
    assert TERP.exists(), f"{TERP} is missing: make it with `seeder introspect --out generated/terp`"
    return SchemaGraph.from_dict(json.loads(TERP.read_text()))


@pytest.fixture(scope="module")
def terp_inferred(terp: SchemaGraph) -> SchemaGraph:
    return infer_references(terp)


def _truth(terp: SchemaGraph) -> dict[tuple[str, str], str]:
    declared = {(r.table, c) for r in terp.declared for c in r.columns}
    assert len({(t, c) for t, c, _ in TERP_TRUTH}) == len(TERP_TRUTH) == 71
    truth = {}
    for tbl, column, target in TERP_TRUTH:
        assert terp.table(tbl).has_column(column), (tbl, column)
        assert terp.has_table(target), target
        if (tbl, column) not in declared:
            truth[(tbl, column)] = target
    assert {(t, c) for t, c, _ in TERP_TRUTH} - set(truth) == TERP_DECLARED_IN_SNAPSHOT
    return truth


def test_terp_ground_truth(terp: SchemaGraph, terp_inferred: SchemaGraph) -> None:
    truth = _truth(terp)
    used = {(r.table, r.columns[0]): r for r in terp_inferred.inferred if r.confidence >= DEFAULT_THRESHOLD}
    right = sorted(k for k, t in truth.items() if k in used and used[k].ref_table == t)
    wrong = sorted(k for k, t in truth.items() if k in used and used[k].ref_table != t)
    missing = sorted(k for k in truth if k not in used)
    extra = sorted(k for k in used if k not in truth)
    print(f"\nTERP ground truth: {len(truth)} references ({len(TERP_DECLARED_IN_SNAPSHOT)} dropped as "
          f"declared: {sorted(TERP_DECLARED_IN_SNAPSHOT)}); resolved right {len(right)}, "
          f"resolved wrong {len(wrong)}, unresolved {len(missing)}, extra {len(extra)}")
    print("unresolved:", missing)
    print("extra:", [(k, used[k].ref_table, used[k].confidence) for k in extra])
    assert len(truth) >= 55
    assert len(right) >= 40
    assert wrong == []
    assert set(missing) <= TERP_NOT_BY_NAME


def test_terp_high_confidence_extras_reviewed(terp: SchemaGraph, terp_inferred: SchemaGraph) -> None:
    truth = _truth(terp)
    extras = {(r.table, r.columns[0]): r.ref_table for r in terp_inferred.inferred
              if r.confidence >= 0.9 and (r.table, r.columns[0]) not in truth}
    assert extras == TERP_REVIEWED_EXTRAS
    above = {(r.table, r.columns[0]) for r in terp_inferred.inferred if r.confidence >= DEFAULT_THRESHOLD}
    assert above - set(truth) == set(TERP_REVIEWED_EXTRAS)


def test_terp_unnameable_targets_not_guessed(terp_inferred: SchemaGraph) -> None:
    unresolved = {(t, c) for t, c, _ in terp_inferred.unresolved}
    assert TERP_NOT_BY_NAME <= unresolved


def test_terp_polymorphic(terp_inferred: SchemaGraph) -> None:
    found = {(p.table, p.type_column, p.id_column): dict(p.targets) for p in terp_inferred.polymorphic}
    assert found == TERP_POLYMORPHIC
    ids = {(p.table, p.id_column) for p in terp_inferred.polymorphic}
    assert not ids & {(r.table, r.columns[0]) for r in terp_inferred.inferred}


def test_terp_output_is_valid_sorted_and_fast(terp: SchemaGraph, terp_inferred: SchemaGraph) -> None:
    start = time.perf_counter()
    again = infer_references(terp)
    assert time.perf_counter() - start < 0.5
    assert again == terp_inferred
    declared = {(r.table, c) for r in terp.declared for c in r.columns}
    for ref in terp_inferred.inferred:
        assert ref.kind == "inferred" and 0 <= ref.confidence <= 1 and ref.evidence
        assert (ref.table, ref.columns[0]) not in declared
        target = terp.table(ref.ref_table)
        assert set(ref.ref_columns) <= set(target.column_names)
    keys = [(r.table, r.columns) for r in terp_inferred.inferred]
    assert keys == sorted(keys) and list(terp_inferred.unresolved) == sorted(terp_inferred.unresolved)
    roundtrip = SchemaGraph.from_dict(json.loads(json.dumps(terp_inferred.to_dict())))
    assert roundtrip.inferred == terp_inferred.inferred and roundtrip.polymorphic == terp_inferred.polymorphic


#: Declared FOREIGN KEYs whose column name points elsewhere (checked against the snapshot).
TERP_MISLEADING_DECLARED = {("creditApplications", "invoiceId"): "transactions",
                            ("intake_sessions", "vendor_id"): "clients"}


def test_terp_declared_keys_rediscovered(terp: SchemaGraph) -> None:
    """Second ground truth: forget the declared FKs and infer them back from names alone."""
    bare = replace(terp, tables=tuple(replace(t, references=()) for t in terp.tables), _index={})
    found = {(r.table, r.columns[0]): r for r in infer_references(bare).inferred}
    truth = {(r.table, r.columns[0]): r.ref_table for r in terp.declared}
    used = {k: r for k, r in found.items() if r.confidence >= DEFAULT_THRESHOLD}
    right = [k for k, t in truth.items() if k in used and used[k].ref_table == t]
    wrong = {k: used[k].ref_table for k, t in truth.items() if k in used and used[k].ref_table != t}
    low = [k for k, t in truth.items() if k in found and k not in used and found[k].ref_table == t]
    print(f"\nTERP declared FKs re-inferred: {len(truth)} keys; right {len(right)}, wrong {sorted(wrong)}, "
          f"right below threshold {len(low)}, not found {len(truth) - len(right) - len(wrong) - len(low)}")
    assert set(wrong) == set(TERP_MISLEADING_DECLARED) and len(right) >= 130
